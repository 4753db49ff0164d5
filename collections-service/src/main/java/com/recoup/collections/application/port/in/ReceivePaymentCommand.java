package com.recoup.collections.application.port.in;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A payment as the ERP or the bank states it, with the allocations the ERP chose, if any. */
public record ReceivePaymentCommand(
    String paymentReference,
    String customerNumber,
    LocalDate valueDate,
    Money amount,
    BigDecimal exchangeRate,
    String remittanceInformation,
    List<RequestedAllocation> allocations) {

  public ReceivePaymentCommand {
    allocations = allocations == null ? List.of() : List.copyOf(allocations);
  }

  /** The ERP's instruction to apply part of the payment to one invoice. */
  public record RequestedAllocation(String invoiceNumber, Money amount) {}
}
