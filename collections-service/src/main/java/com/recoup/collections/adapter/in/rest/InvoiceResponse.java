package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;

/** An invoice as the ledger holds it, with its open amount and status. */
public record InvoiceResponse(
    String invoiceNumber,
    String customerNumber,
    LocalDate issueDate,
    LocalDate dueDate,
    Money amount,
    Money functionalAmount,
    String exchangeRate,
    Money openAmount,
    String status,
    String purchaseOrder,
    LocalDate cancelledOn,
    Money disputedAmount,
    String creditorReference) {

  static InvoiceResponse of(Invoice i) {
    return new InvoiceResponse(
        i.number().value(),
        i.customer().value(),
        i.issueDate(),
        i.dueDate(),
        i.amount(),
        i.functionalAmount(),
        i.exchangeRate().toPlainString(),
        i.openAmount(),
        i.status().name(),
        i.purchaseOrder(),
        i.cancellation().map(Invoice.Cancellation::cancelledOn).orElse(null),
        i.dispute().map(Invoice.Dispute::amount).orElse(null),
        i.creditorReference() == null ? null : i.creditorReference().value());
  }
}
