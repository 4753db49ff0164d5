package com.recoup.credit.adapter.in.kafka;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;

/**
 * The parts of the ledger events' data that credit reads, named as in their JSON Schemas; the other
 * fields are ignored.
 */
final class LedgerEventData {

  private LedgerEventData() {}

  /** {@code recoup.ledger.customer.upserted.v1}. */
  record CustomerUpserted(String customerNumber, String name, String segment) {}

  /** {@code recoup.ledger.invoice.issued.v1}. */
  record InvoiceIssued(
      String customerNumber, String invoiceNumber, LocalDate dueDate, Money functionalAmount) {}

  /** {@code recoup.ledger.payment.allocated.v1}. */
  record PaymentAllocated(String customerNumber, String invoiceNumber, Money functionalAmount) {}

  /** {@code recoup.ledger.invoice.settled.v1}. */
  record InvoiceSettled(String customerNumber, String invoiceNumber) {}
}
