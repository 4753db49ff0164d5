package com.recoup.collections.adapter.out.kafka;

import com.recoup.collections.domain.ledger.CreditNote;
import com.recoup.collections.domain.ledger.LedgerEvent;
import com.recoup.collections.domain.ledger.WriteOff;
import com.recoup.kernel.domain.Money;
import com.recoup.kernel.event.OutgoingEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The events of what lowers or marks an invoice besides payments (credit notes, cancellations,
 * write-offs, disputes), shaped as their schemas in deploy/contracts/schemas describe them.
 */
final class AdjustmentEvents {

  private AdjustmentEvents() {}

  static OutgoingEvent toOutgoing(LedgerEvent event, String key, OffsetDateTime now) {
    if (event instanceof LedgerEvent.InvoiceAdjusted e) {
      CreditNote c = e.creditNote();
      return new OutgoingEvent(
          "recoup.ledger.invoice.adjusted.v1",
          "invoice/" + c.invoice(),
          key,
          now,
          new InvoiceAdjustedData(
              c.number().value(),
              key,
              c.invoice().value(),
              c.issueDate(),
              c.amount(),
              c.functionalAmount(),
              e.invoiceOpenAmount(),
              c.reason()));
    }
    if (event instanceof LedgerEvent.CreditNoteIssued e) {
      CreditNote c = e.creditNote();
      return new OutgoingEvent(
          "recoup.ledger.credit-note.issued.v1",
          "credit-note/" + c.number(),
          key,
          now,
          new CreditNoteIssuedData(
              c.number().value(),
              key,
              c.issueDate(),
              c.amount(),
              c.functionalAmount(),
              c.reason()));
    }
    if (event instanceof LedgerEvent.InvoiceCancelled e) {
      return new OutgoingEvent(
          "recoup.ledger.invoice.cancelled.v1",
          "invoice/" + e.invoice(),
          key,
          now,
          new InvoiceCancelledData(
              e.invoice().value(),
              key,
              e.cancelledOn(),
              e.amount(),
              e.functionalAmount(),
              e.reason()));
    }
    if (event instanceof LedgerEvent.InvoiceWrittenOff e) {
      WriteOff w = e.writeOff();
      return new OutgoingEvent(
          "recoup.ledger.invoice.written-off.v1",
          "invoice/" + w.invoice(),
          key,
          now,
          new InvoiceWrittenOffData(
              w.invoice().value(),
              key,
              w.writtenOffOn(),
              w.amount(),
              w.functionalAmount(),
              e.invoiceOpenAmount(),
              w.reason(),
              w.approvedBy()));
    }
    LedgerEvent.InvoiceDisputed e = (LedgerEvent.InvoiceDisputed) event;
    return new OutgoingEvent(
        "recoup.ledger.invoice.disputed.v1",
        "invoice/" + e.invoice(),
        key,
        now,
        new InvoiceDisputedData(
            e.invoice().value(),
            key,
            e.disputedOn(),
            e.disputedAmount(),
            e.invoiceOpenAmount(),
            e.reason()));
  }

  record InvoiceAdjustedData(
      String creditNoteNumber,
      String customerNumber,
      String invoiceNumber,
      LocalDate issueDate,
      Money amount,
      Money functionalAmount,
      Money invoiceOpenAmount,
      String reason) {}

  record CreditNoteIssuedData(
      String creditNoteNumber,
      String customerNumber,
      LocalDate issueDate,
      Money amount,
      Money functionalAmount,
      String reason) {}

  record InvoiceCancelledData(
      String invoiceNumber,
      String customerNumber,
      LocalDate cancelledOn,
      Money amount,
      Money functionalAmount,
      String reason) {}

  record InvoiceWrittenOffData(
      String invoiceNumber,
      String customerNumber,
      LocalDate writtenOffOn,
      Money amount,
      Money functionalAmount,
      Money invoiceOpenAmount,
      String reason,
      String approvedBy) {}

  record InvoiceDisputedData(
      String invoiceNumber,
      String customerNumber,
      LocalDate disputedOn,
      Money disputedAmount,
      Money invoiceOpenAmount,
      String reason) {}
}
