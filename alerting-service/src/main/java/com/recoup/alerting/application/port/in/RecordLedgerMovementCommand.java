package com.recoup.alerting.application.port.in;

import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.kernel.domain.Money;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One change of a customer's open receivables in the functional currency, and when it happened.
 *
 * @param functionalChange positive for an invoice issued, negative for a payment allocated
 */
public record RecordLedgerMovementCommand(
    CustomerNumber customer, Money functionalChange, OffsetDateTime occurredAt) {

  public RecordLedgerMovementCommand {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(functionalChange, "functionalChange");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  public static RecordLedgerMovementCommand invoiceIssued(
      CustomerNumber customer, Money functionalAmount, OffsetDateTime at) {
    return new RecordLedgerMovementCommand(customer, functionalAmount, at);
  }

  public static RecordLedgerMovementCommand paymentAllocated(
      CustomerNumber customer, Money functionalAmount, OffsetDateTime at) {
    return new RecordLedgerMovementCommand(customer, functionalAmount.negate(), at);
  }
}
