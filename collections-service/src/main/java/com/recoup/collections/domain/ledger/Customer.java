package com.recoup.collections.domain.ledger;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A customer account as the ERP keeps it: who owes, in which currency, on which payment terms, in
 * which segment and with which collector, whom to contact, and how the ledger treats it: whether an
 * unmatched payment may settle the oldest invoices first, and whether dunning leaves it alone.
 */
public record Customer(
    CustomerNumber number,
    String name,
    String country,
    Currency currency,
    int paymentTermsDays,
    String segment,
    String collector,
    boolean paperless,
    List<Contact> contacts,
    boolean applyOldestFirst,
    boolean excludedFromDunning) {

  public Customer {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(currency, "currency");
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("a customer name is 1 to 200 characters");
    }
    if (country == null || !country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("country must be an ISO 3166 alpha-2 code: " + country);
    }
    if (paymentTermsDays < 0 || paymentTermsDays > 365) {
      throw new IllegalArgumentException("payment terms are 0 to 365 days: " + paymentTermsDays);
    }
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }

  /** A customer without contacts and with the default settings (no oldest-first, dunned). */
  public Customer(
      CustomerNumber number,
      String name,
      String country,
      Currency currency,
      int paymentTermsDays,
      String segment,
      String collector,
      boolean paperless) {
    this(
        number,
        name,
        country,
        currency,
        paymentTermsDays,
        segment,
        collector,
        paperless,
        List.of(),
        false,
        false);
  }
}
