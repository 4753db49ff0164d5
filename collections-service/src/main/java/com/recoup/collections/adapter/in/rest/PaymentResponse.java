package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.domain.ledger.Payment;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.List;

/** A payment as the ledger holds it, with how it was applied and what is left unapplied. */
public record PaymentResponse(
    String paymentReference,
    String customerNumber,
    LocalDate valueDate,
    Money amount,
    Money functionalAmount,
    String remittanceInformation,
    List<AllocationResponse> allocations,
    Money unappliedAmount) {

  /** Part of the payment applied to one invoice, and how the invoice was found. */
  public record AllocationResponse(String invoiceNumber, Money amount, String method) {}

  static PaymentResponse of(Payment p) {
    return new PaymentResponse(
        p.reference().value(),
        p.customer().value(),
        p.valueDate(),
        p.amount(),
        p.functionalAmount(),
        p.remittanceInformation(),
        p.allocations().stream()
            .map(a -> new AllocationResponse(a.invoice().value(), a.amount(), a.method().name()))
            .toList(),
        p.unappliedAmount());
  }
}
