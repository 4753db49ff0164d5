package com.recoup.collections.application.port.in;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment as the ERP or the bank states it, with the allocations the ERP chose, if any. A bank
 * file may not know the customer: {@code customerNumber} is then null and cash application takes
 * the customer from the invoices the remittance names. The end-to-end id and the payer's name and
 * account come only from bank files.
 */
public record ReceivePaymentCommand(
    String paymentReference,
    String customerNumber,
    LocalDate valueDate,
    Money amount,
    BigDecimal exchangeRate,
    String remittanceInformation,
    List<RequestedAllocation> allocations,
    String endToEndId,
    String payerName,
    String payerAccount) {

  public ReceivePaymentCommand {
    allocations = allocations == null ? List.of() : List.copyOf(allocations);
  }

  /** A payment as an ERP states it, naming its customer. */
  public ReceivePaymentCommand(
      String paymentReference,
      String customerNumber,
      LocalDate valueDate,
      Money amount,
      BigDecimal exchangeRate,
      String remittanceInformation,
      List<RequestedAllocation> allocations) {
    this(
        paymentReference,
        customerNumber,
        valueDate,
        amount,
        exchangeRate,
        remittanceInformation,
        allocations,
        null,
        null,
        null);
  }

  /** The same payment, now that cash application has found whose it is. */
  public ReceivePaymentCommand forCustomer(String identifiedCustomer) {
    return new ReceivePaymentCommand(
        paymentReference,
        identifiedCustomer,
        valueDate,
        amount,
        exchangeRate,
        remittanceInformation,
        allocations,
        endToEndId,
        payerName,
        payerAccount);
  }

  /** The same payment valued at the given rate (functional-currency units per payment unit). */
  public ReceivePaymentCommand withExchangeRate(BigDecimal rate) {
    return new ReceivePaymentCommand(
        paymentReference,
        customerNumber,
        valueDate,
        amount,
        rate,
        remittanceInformation,
        allocations,
        endToEndId,
        payerName,
        payerAccount);
  }

  /** The ERP's instruction to apply part of the payment to one invoice. */
  public record RequestedAllocation(String invoiceNumber, Money amount) {}
}
