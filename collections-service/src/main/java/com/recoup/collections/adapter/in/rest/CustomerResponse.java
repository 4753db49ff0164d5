package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.domain.ledger.Contact;
import com.recoup.collections.domain.ledger.Customer;
import java.util.List;

/** A customer account as the ledger holds it. */
public record CustomerResponse(
    String customerNumber,
    String name,
    String country,
    String currency,
    int paymentTermsDays,
    String segment,
    String collector,
    boolean paperless,
    List<ContactResponse> contacts,
    boolean applyOldestFirst,
    boolean excludedFromDunning) {

  /** A contact at the customer. */
  public record ContactResponse(
      String name, String language, String preferredChannel, String email, String phone) {

    static ContactResponse of(Contact c) {
      return new ContactResponse(
          c.name(), c.language(), c.preferredChannel().name(), c.email(), c.phone());
    }
  }

  static CustomerResponse of(Customer c) {
    return new CustomerResponse(
        c.number().value(),
        c.name(),
        c.country(),
        c.currency().getCurrencyCode(),
        c.paymentTermsDays(),
        c.segment(),
        c.collector(),
        c.paperless(),
        c.contacts().stream().map(ContactResponse::of).toList(),
        c.applyOldestFirst(),
        c.excludedFromDunning());
  }
}
