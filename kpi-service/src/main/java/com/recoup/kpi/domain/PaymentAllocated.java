package com.recoup.kpi.domain;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The ledger applied (part of) a payment to an invoice; from its value date on, the invoice's open
 * amount is lower by the functional amount. {@code allocationId} identifies the fact.
 */
public record PaymentAllocated(
    String allocationId,
    String paymentReference,
    String customerNumber,
    String invoiceNumber,
    LocalDate valueDate,
    Money functionalAmount) {

  public PaymentAllocated {
    Objects.requireNonNull(allocationId, "allocationId");
    Objects.requireNonNull(paymentReference, "paymentReference");
    Objects.requireNonNull(customerNumber, "customerNumber");
    Objects.requireNonNull(invoiceNumber, "invoiceNumber");
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(functionalAmount, "functionalAmount");
  }
}
