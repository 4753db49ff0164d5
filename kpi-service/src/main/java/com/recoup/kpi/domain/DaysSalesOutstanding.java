package com.recoup.kpi.domain;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The DSO arithmetic of DOMAIN.md as pure functions. Each result is divided once, at the end, and
 * rounded to two decimals with the suite's rounding policy, so no intermediate rounding error
 * reaches the figure.
 */
public final class DaysSalesOutstanding {

  private static final int SCALE = 2;

  private DaysSalesOutstanding() {}

  /** Period method: receivables / credit sales of the period × days in the period. */
  public static DsoFigure period(Money receivables, SalesPeriod period) {
    Money sales = period.creditSales();
    if (!sales.isPositive()) {
      throw noCreditSales(sales);
    }
    BigDecimal days =
        divide(receivables.amount().multiply(BigDecimal.valueOf(period.days())), sales);
    return new DsoFigure(DsoMethod.PERIOD, receivables, sales, 1, days);
  }

  /**
   * Countback method: from the newest period back, subtract each period's credit sales from the
   * receivables and count its days in full while receivables remain; the period whose sales cover
   * the rest counts with the fraction rest / sales of its days.
   */
  public static DsoFigure countback(Money receivables, List<SalesPeriod> newestFirst) {
    Money remaining = receivables;
    Money salesUsed = Money.zero(receivables.currency());
    long wholeDays = 0;
    for (int i = 0; i < newestFirst.size() && remaining.isPositive(); i++) {
      SalesPeriod period = newestFirst.get(i);
      salesUsed = salesUsed.plus(period.creditSales());
      if (covers(period.creditSales(), remaining)) {
        BigDecimal days = lastPeriod(wholeDays, remaining, period);
        return new DsoFigure(DsoMethod.COUNTBACK, receivables, salesUsed, i + 1, days);
      }
      wholeDays += period.days();
      remaining = remaining.minus(period.creditSales());
    }
    if (remaining.isPositive()) {
      throw historyExhausted(receivables, newestFirst.size());
    }
    return new DsoFigure(DsoMethod.COUNTBACK, receivables, salesUsed, 0, scaled(BigDecimal.ZERO));
  }

  private static boolean covers(Money sales, Money remaining) {
    return sales.isPositive() && sales.compareTo(remaining) >= 0;
  }

  /** wholeDays + remaining / sales × days, as one division: (wholeDays × sales + …) / sales. */
  private static BigDecimal lastPeriod(long wholeDays, Money remaining, SalesPeriod period) {
    BigDecimal sales = period.creditSales().amount();
    BigDecimal numerator =
        sales
            .multiply(BigDecimal.valueOf(wholeDays))
            .add(remaining.amount().multiply(BigDecimal.valueOf(period.days())));
    return divide(numerator, period.creditSales());
  }

  private static BigDecimal divide(BigDecimal numerator, Money sales) {
    return numerator.divide(sales.amount(), SCALE, Money.ROUNDING);
  }

  private static BigDecimal scaled(BigDecimal value) {
    return value.setScale(SCALE, Money.ROUNDING);
  }

  private static DomainException noCreditSales(Money sales) {
    return DomainException.ruleViolated(
        "no-credit-sales",
        "DSO is undefined: the credit sales of the period are " + sales + ", not above zero");
  }

  private static DomainException historyExhausted(Money receivables, int periods) {
    return DomainException.ruleViolated(
        "countback-history-exhausted",
        "the receivables of %s exceed the credit sales of the %d months walked back"
            .formatted(receivables, periods));
  }
}
