package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.domain.ledger.Customer;

/** A customer account as the ledger holds it. */
public record CustomerResponse(
    String customerNumber,
    String name,
    String country,
    String currency,
    int paymentTermsDays,
    String segment,
    String collector,
    boolean paperless) {

  static CustomerResponse of(Customer c) {
    return new CustomerResponse(
        c.number().value(),
        c.name(),
        c.country(),
        c.currency().getCurrencyCode(),
        c.paymentTermsDays(),
        c.segment(),
        c.collector(),
        c.paperless());
  }
}
