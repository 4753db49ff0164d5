package com.recoup.kpi.domain;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A days-sales-outstanding figure with the inputs it came from: the receivables, the credit sales
 * used and how many sales periods they span (for countback, the months walked).
 */
public record DsoFigure(
    DsoMethod method, Money receivables, Money creditSales, int periodsUsed, BigDecimal days) {

  public DsoFigure {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(receivables, "receivables");
    Objects.requireNonNull(creditSales, "creditSales");
    Objects.requireNonNull(days, "days");
  }
}
