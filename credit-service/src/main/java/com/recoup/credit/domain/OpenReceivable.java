package com.recoup.credit.domain;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.Objects;

/** What a customer still owes on one invoice, in the functional currency. */
public record OpenReceivable(String invoiceNumber, LocalDate dueDate, Money openAmount) {

  public OpenReceivable {
    if (invoiceNumber == null || invoiceNumber.isBlank()) {
      throw new IllegalArgumentException("an open receivable needs its invoice number");
    }
    Objects.requireNonNull(dueDate, "dueDate");
    if (!openAmount.isPositive()) {
      throw new IllegalArgumentException("an open receivable has a positive open amount");
    }
  }
}
