package com.recoup.collections.domain.ledger;

import java.util.List;

/** Every document of one customer in the ledger, whatever its date or state. */
public record CustomerHistory(
    List<Invoice> invoices,
    List<Payment> payments,
    List<CreditNote> creditNotes,
    List<WriteOff> writeOffs) {

  public CustomerHistory {
    invoices = List.copyOf(invoices);
    payments = List.copyOf(payments);
    creditNotes = List.copyOf(creditNotes);
    writeOffs = List.copyOf(writeOffs);
  }
}
