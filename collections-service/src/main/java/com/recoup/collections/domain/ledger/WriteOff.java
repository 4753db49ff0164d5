package com.recoup.collections.domain.ledger;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Part or all of an invoice's open amount given up as uncollectable, on a day, for a reason, with
 * the name of whoever approved it.
 */
public record WriteOff(
    DocumentNumber invoice,
    CustomerNumber customer,
    LocalDate writtenOffOn,
    Money amount,
    Money functionalAmount,
    String reason,
    String approvedBy) {

  public WriteOff {
    Objects.requireNonNull(invoice, "invoiceNumber");
    Objects.requireNonNull(customer, "customerNumber");
    Objects.requireNonNull(writtenOffOn, "writtenOffOn");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(functionalAmount, "functionalAmount");
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new IllegalArgumentException("a write-off's reason is 1 to 500 characters");
    }
    if (approvedBy == null || approvedBy.isBlank() || approvedBy.length() > 100) {
      throw new IllegalArgumentException("a write-off names its approver (1 to 100 characters)");
    }
  }
}
