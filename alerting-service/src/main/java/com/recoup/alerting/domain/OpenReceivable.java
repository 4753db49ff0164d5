package com.recoup.alerting.domain;

import com.recoup.kernel.domain.Money;
import java.util.Currency;
import java.util.Objects;

/**
 * What one customer still owes, in the functional currency: the functional amounts of the invoices
 * issued minus those of the payments allocated to them.
 */
public record OpenReceivable(CustomerNumber customer, Money open) {

  public OpenReceivable {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(open, "open");
  }

  public static OpenReceivable none(CustomerNumber customer, Currency currency) {
    return new OpenReceivable(customer, Money.zero(currency));
  }

  /** The balance after an invoice (positive) or an allocated payment (negative). */
  public OpenReceivable plus(Money movement) {
    return new OpenReceivable(customer, open.plus(movement));
  }

  /**
   * What counts towards the portfolio: a balance below zero can only mean that the invoice it was
   * paid against was never seen here, so it counts as nothing owed.
   */
  public Money owed() {
    return open.isPositive() ? open : Money.zero(open.currency());
  }
}
