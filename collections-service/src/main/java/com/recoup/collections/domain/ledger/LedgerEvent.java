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
}
