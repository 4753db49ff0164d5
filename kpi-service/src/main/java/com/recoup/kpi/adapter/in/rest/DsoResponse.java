package com.recoup.kpi.adapter.in.rest;

import com.recoup.kernel.domain.Money;
import com.recoup.kpi.application.port.in.DsoReport;
import com.recoup.kpi.application.port.in.DsoReport.Variant;
import com.recoup.kpi.domain.DsoFigure;
import com.recoup.kpi.domain.DsoMethod;
import java.time.LocalDate;
import java.util.List;

/**
 * A DSO figure and its inputs. {@code value} is the number of days as a decimal string with two
 * places; {@code days} is the length of the sales period of the period method (null for countback,
 * whose months are listed in {@code monthsWalked}, newest first).
 */
public record DsoResponse(
    String figure,
    LocalDate asOf,
    DsoMethod method,
    Variant variant,
    Integer days,
    LocalDate salesFrom,
    LocalDate salesTo,
    Money receivables,
    Money creditSales,
    String value,
    List<MonthResponse> monthsWalked) {

  /** One month of the countback walk; the month of asOf counts only its days up to asOf. */
  public record MonthResponse(String month, int days, Money creditSales) {}

  static DsoResponse of(DsoReport report) {
    DsoFigure figure = report.figure();
    return new DsoResponse(
        "DSO",
        report.asOf(),
        figure.method(),
        report.variant(),
        report.days(),
        report.salesFrom(),
        report.salesTo(),
        figure.receivables(),
        figure.creditSales(),
        figure.days().toPlainString(),
        report.monthsWalked().stream()
            .map(m -> new MonthResponse(m.month().toString(), m.days(), m.sales()))
            .toList());
  }
}
