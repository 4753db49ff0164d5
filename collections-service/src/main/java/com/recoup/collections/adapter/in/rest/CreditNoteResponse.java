package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.domain.ledger.CreditNote;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A credit note as the ledger holds it; after a post, with the open amount it left on its invoice.
 */
public record CreditNoteResponse(
    String creditNoteNumber,
    String customerNumber,
    String invoiceNumber,
    LocalDate issueDate,
    Money amount,
    Money functionalAmount,
    String reason,
    Money invoiceOpenAmount) {

  static CreditNoteResponse of(CreditNote c, Optional<Invoice> invoice) {
    return new CreditNoteResponse(
        c.number().value(),
        c.customer().value(),
        c.invoiceNumber().map(DocumentNumber::value).orElse(null),
        c.issueDate(),
        c.amount(),
        c.functionalAmount(),
        c.reason(),
        invoice.map(Invoice::openAmount).orElse(null));
  }
}
