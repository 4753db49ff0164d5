package com.recoup.kpi.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The ledger closed an invoice (by payments, credit notes or write-off): from {@code settledOn} on
 * it is no longer receivable, whatever its allocations say.
 */
public record InvoiceSettled(String invoiceNumber, String customerNumber, LocalDate settledOn) {

  public InvoiceSettled {
    Objects.requireNonNull(invoiceNumber, "invoiceNumber");
    Objects.requireNonNull(customerNumber, "customerNumber");
    Objects.requireNonNull(settledOn, "settledOn");
  }
}
