package com.recoup.kpi.domain;

import com.recoup.kernel.domain.Money;
import java.util.Objects;

/** The credit sales of a run of days, the unit that both DSO methods divide receivables by. */
public record SalesPeriod(int days, Money creditSales) {

  public SalesPeriod {
    Objects.requireNonNull(creditSales, "creditSales");
    if (days < 1) {
      throw new IllegalArgumentException("a sales period has at least one day: " + days);
    }
  }
}
