package com.recoup.kpi.application.port.in;

import com.recoup.kernel.domain.Money;
import com.recoup.kpi.domain.DsoFigure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A DSO figure as of a date with what it was computed from: the days of credit sales it used
 * ({@code salesFrom} to {@code salesTo}), and for countback the months walked, newest first.
 */
public record DsoReport(
    LocalDate asOf,
    Variant variant,
    Integer days,
    LocalDate salesFrom,
    LocalDate salesTo,
    DsoFigure figure,
    List<MonthOfSales> monthsWalked) {

  /** How the credit sales were taken: the days ending asOf, or calendar months walked back. */
  public enum Variant {
    TRAILING_DAYS,
    CALENDAR_MONTHS
  }

  /** Credit sales of one calendar month, up to asOf in the month of asOf. */
  public record MonthOfSales(YearMonth month, int days, Money sales) {}
}
