package com.recoup.kpi.domain;

import java.util.Objects;

/** The ledger created or changed a customer; segment and collector group figures later. */
public record CustomerUpserted(String customerNumber, String segment, String collector) {

  public CustomerUpserted {
    Objects.requireNonNull(customerNumber, "customerNumber");
  }
}
