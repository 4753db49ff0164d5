package com.recoup.collections.domain.ledger;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;

/** Facts the ledger tells the rest of the suite, in the past tense. */
public sealed interface LedgerEvent {

  CustomerNumber customer();

  /** A customer account was created or changed. */
  record CustomerUpserted(Customer account) implements LedgerEvent {
    @Override
    public CustomerNumber customer() {
      return account.number();
    }
  }

  /** An invoice became receivable. */
  record InvoiceIssued(Invoice.Terms terms) implements LedgerEvent {
    @Override
    public CustomerNumber customer() {
      return terms.customer();
    }
  }

  /** A payment arrived. */
  record PaymentReceived(Payment.Receipt receipt) implements LedgerEvent {
    @Override
    public CustomerNumber customer() {
      return receipt.customer();
    }
  }

  /** Part of a payment was applied to an invoice. */
  record PaymentAllocated(
      CustomerNumber customer,
      DocumentNumber payment,
      DocumentNumber invoice,
      LocalDate valueDate,
      Money amount,
      Money functionalAmount,
      Money invoiceOpenAmount,
      AllocationMethod method)
      implements LedgerEvent {}

  /** An invoice's open amount reached zero. */
  record InvoiceSettled(
      CustomerNumber customer,
      DocumentNumber invoice,
      LocalDate settledOn,
      LocalDate dueDate,
      Money amount)
      implements LedgerEvent {}

  /** A credit note lowered an invoice's open amount. */
  record InvoiceAdjusted(CreditNote creditNote, Money invoiceOpenAmount) implements LedgerEvent {
    @Override
    public CustomerNumber customer() {
      return creditNote.customer();
    }
  }

  /** A credit note naming no invoice was issued; it stays as credit on the account. */
  record CreditNoteIssued(CreditNote creditNote) implements LedgerEvent {
    @Override
    public CustomerNumber customer() {
      return creditNote.customer();
    }
  }

  /** An invoice was taken back whole; it is no longer receivable. */
  record InvoiceCancelled(
      CustomerNumber customer,
      DocumentNumber invoice,
      LocalDate cancelledOn,
      Money amount,
      Money functionalAmount,
      String reason)
      implements LedgerEvent {}

  /** Part or all of an invoice's open amount was written off. */
  record InvoiceWrittenOff(WriteOff writeOff, Money invoiceOpenAmount) implements LedgerEvent {
    @Override
    public CustomerNumber customer() {
      return writeOff.customer();
    }
  }

  /** The customer contests an invoice, or a part of it. */
  record InvoiceDisputed(
      CustomerNumber customer,
      DocumentNumber invoice,
      LocalDate disputedOn,
      Money disputedAmount,
      Money invoiceOpenAmount,
      String reason)
      implements LedgerEvent {}
}
