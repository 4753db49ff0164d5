package com.recoup.alerting.domain;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;

/** The seeded concentration rule and money in euro, for the domain tests. */
final class Rules {

  static final ConcentrationRule CONCENTRATION_25 =
      new ConcentrationRule(
          new RuleId("concentration-25"),
          Percentage.of("25.00"),
          new BigDecimal("10000.00"),
          Severity.WARNING,
          true);

  private Rules() {}

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static OpenReceivable owes(String customer, String amount) {
    return new OpenReceivable(new CustomerNumber(customer), eur(amount));
  }
}
