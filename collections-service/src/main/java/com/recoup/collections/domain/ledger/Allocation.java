package com.recoup.collections.domain.ledger;

import com.recoup.kernel.domain.Money;
import java.util.Objects;

/** A part of a payment applied to one invoice, and how the invoice was found. */
public record Allocation(DocumentNumber invoice, Money amount, AllocationMethod method) {

  public Allocation {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(method, "method");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("an allocation must be positive: " + amount);
    }
  }
}
