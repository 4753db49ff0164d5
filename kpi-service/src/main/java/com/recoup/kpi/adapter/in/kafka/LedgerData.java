package com.recoup.kpi.adapter.in.kafka;

import com.recoup.kernel.domain.Money;
import com.recoup.kpi.domain.CustomerUpserted;
import com.recoup.kpi.domain.InvoiceIssued;
import com.recoup.kpi.domain.InvoiceSettled;
import com.recoup.kpi.domain.PaymentAllocated;
import java.time.LocalDate;

/**
 * The data of the ledger events this service reads, with the fields it uses (the schemas in
 * deploy/contracts name them all), and their translation into the domain's facts.
 */
final class LedgerData {

  private LedgerData() {}

  record CustomerData(String customerNumber, String segment, String collector) {
    CustomerUpserted toDomain() {
      return new CustomerUpserted(customerNumber, segment, collector);
    }
  }

  record InvoiceData(
      String invoiceNumber,
      String customerNumber,
      LocalDate issueDate,
      LocalDate dueDate,
      Money functionalAmount) {
    InvoiceIssued toDomain() {
      return new InvoiceIssued(invoiceNumber, customerNumber, issueDate, dueDate, functionalAmount);
    }
  }

  record AllocationData(
      String paymentReference,
      String customerNumber,
      String invoiceNumber,
      LocalDate valueDate,
      Money functionalAmount) {
    /** The event id identifies the allocation: the ledger reports each one once. */
    PaymentAllocated toDomain(String eventId) {
      return new PaymentAllocated(
          eventId, paymentReference, customerNumber, invoiceNumber, valueDate, functionalAmount);
    }
  }

  record SettlementData(String invoiceNumber, String customerNumber, LocalDate settledOn) {
    InvoiceSettled toDomain() {
      return new InvoiceSettled(invoiceNumber, customerNumber, settledOn);
    }
  }
}
