package com.recoup.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaysSalesOutstandingTest {

  @Test
  void givenThePublishedPeriodExample_period_gives30point42() {
    // Receivables 150,000, credit sales 1,800,000 over 365 days:
    // 150,000 / 1,800,000 × 365 = 54,750,000 / 1,800,000 = 30.41666… → 30.42 (HALF_UP).
    DsoFigure dso =
        DaysSalesOutstanding.period(eur("150000.00"), new SalesPeriod(365, eur("1800000.00")));

    assertThat(dso.days()).isEqualByComparingTo("30.42");
    assertThat(dso.days().scale()).isEqualTo(2);
    assertThat(dso.method()).isEqualTo(DsoMethod.PERIOD);
    assertThat(dso.creditSales()).isEqualTo(eur("1800000.00"));
  }

  @Test
  void givenThePublishedCountbackExampleWithThirtyDayMonths_countback_gives73point71() {
    // Receivables 212,000; newest month's sales 100,000 → 112,000 left, 30 days;
    // next 80,000 → 32,000 left, 60 days; next 70,000 covers the rest:
    // 60 + 32,000 / 70,000 × 30 = 60 + 13.714285… = 73.714285… → 73.71.
    DsoFigure dso =
        DaysSalesOutstanding.countback(
            eur("212000.00"),
            List.of(
                new SalesPeriod(30, eur("100000.00")),
                new SalesPeriod(30, eur("80000.00")),
                new SalesPeriod(30, eur("70000.00"))));

    assertThat(dso.days()).isEqualByComparingTo("73.71");
    assertThat(dso.periodsUsed()).isEqualTo(3);
    assertThat(dso.creditSales()).isEqualTo(eur("250000.00"));
  }

  @Test
  void givenThePublishedCountbackExampleWithCalendarMonths_countback_gives129() {
    // Receivables 2,000 at the end of January. Jan 200 → 1,800 left (31 days);
    // Dec 400 → 1,400 (31); Nov 600 → 800 (30); Oct 700 → 100 (31): 123 whole days;
    // Sep 500 covers the last 100: 100 / 500 × 30 = 6. DSO = 123 + 6 = 129.00.
    DsoFigure dso =
        DaysSalesOutstanding.countback(
            eur("2000.00"),
            List.of(
                new SalesPeriod(31, eur("200.00")),
                new SalesPeriod(31, eur("400.00")),
                new SalesPeriod(30, eur("600.00")),
                new SalesPeriod(31, eur("700.00")),
                new SalesPeriod(30, eur("500.00"))));

    assertThat(dso.days()).isEqualByComparingTo("129.00");
    assertThat(dso.periodsUsed()).isEqualTo(5);
    // 200 + 400 + 600 + 700 + 500 = 2,400 of sales walked through.
    assertThat(dso.creditSales()).isEqualTo(eur("2400.00"));
  }

  @Test
  void givenReceivablesCoveredExactlyByWholeMonths_countback_countsThoseMonthsOnly() {
    // 300 = Jan 100 + Dec 200: the December sales cover the 200 left exactly:
    // 31 + 200 / 200 × 31 = 62.00, and the walk stops there.
    DsoFigure dso =
        DaysSalesOutstanding.countback(
            eur("300.00"),
            List.of(
                new SalesPeriod(31, eur("100.00")),
                new SalesPeriod(31, eur("200.00")),
                new SalesPeriod(30, eur("900.00"))));

    assertThat(dso.days()).isEqualByComparingTo("62.00");
    assertThat(dso.periodsUsed()).isEqualTo(2);
  }

  @Test
  void givenAMonthWithoutSales_countback_countsItsDaysInFull() {
    // 150 left: Jan has no sales → 31 days, 150 still left; Dec 300 covers it:
    // 31 + 150 / 300 × 31 = 31 + 15.5 = 46.50.
    DsoFigure dso =
        DaysSalesOutstanding.countback(
            eur("150.00"),
            List.of(new SalesPeriod(31, eur("0.00")), new SalesPeriod(31, eur("300.00"))));

    assertThat(dso.days()).isEqualByComparingTo("46.50");
  }

  @Test
  void givenNoReceivables_bothMethods_giveZeroDays() {
    assertThat(DaysSalesOutstanding.period(eur("0.00"), new SalesPeriod(90, eur("500.00"))).days())
        .isEqualByComparingTo("0.00");
    DsoFigure countback =
        DaysSalesOutstanding.countback(eur("0.00"), List.of(new SalesPeriod(31, eur("500.00"))));
    assertThat(countback.days()).isEqualByComparingTo("0.00");
    assertThat(countback.periodsUsed()).isZero();
  }

  @Test
  void givenNoCreditSales_period_isRefusedAsUndefined() {
    assertThatThrownBy(
            () -> DaysSalesOutstanding.period(eur("10.00"), new SalesPeriod(90, eur("0.00"))))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("no-credit-sales");
  }

  @Test
  void givenReceivablesBeyondAllSales_countback_isRefusedRatherThanUnderstated() {
    assertThatThrownBy(
            () ->
                DaysSalesOutstanding.countback(
                    eur("1000.00"), List.of(new SalesPeriod(31, eur("400.00")))))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("countback-history-exhausted");
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
