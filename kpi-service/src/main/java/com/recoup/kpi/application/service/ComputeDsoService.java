package com.recoup.kpi.application.service;

import com.recoup.kernel.domain.Money;
import com.recoup.kpi.application.port.in.ComputeDsoCommand;
import com.recoup.kpi.application.port.in.ComputeDsoUseCase;
import com.recoup.kpi.application.port.in.DsoReport;
import com.recoup.kpi.application.port.in.DsoReport.MonthOfSales;
import com.recoup.kpi.application.port.in.DsoReport.Variant;
import com.recoup.kpi.application.port.out.ReceivablesRepository;
import com.recoup.kpi.domain.DaysSalesOutstanding;
import com.recoup.kpi.domain.DsoFigure;
import com.recoup.kpi.domain.SalesPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Computes DSO as of a date: the receivables on that day against the credit sales before it. The
 * month of asOf counts up to asOf (its whole length when asOf is its last day); countback walks
 * back at most {@link #COUNTBACK_MONTHS} months.
 */
public class ComputeDsoService implements ComputeDsoUseCase {

  static final int COUNTBACK_MONTHS = 24;

  private final ReceivablesRepository receivables;
  private final Currency functionalCurrency;

  public ComputeDsoService(ReceivablesRepository receivables, Currency functionalCurrency) {
    this.receivables = receivables;
    this.functionalCurrency = functionalCurrency;
  }

  @Override
  public DsoReport compute(ComputeDsoCommand command) {
    Money ending = receivables.receivablesAsOf(command.asOf(), functionalCurrency);

    return switch (command.method()) {
      case PERIOD -> period(command, ending);
      case COUNTBACK -> countback(command.asOf(), ending);
    };
  }

  private DsoReport period(ComputeDsoCommand command, Money ending) {
    LocalDate from = command.asOf().minusDays(command.days() - 1L);
    Money sales = receivables.creditSales(from, command.asOf(), functionalCurrency);

    DsoFigure figure = DaysSalesOutstanding.period(ending, new SalesPeriod(command.days(), sales));
    return new DsoReport(
        command.asOf(),
        Variant.TRAILING_DAYS,
        command.days(),
        from,
        command.asOf(),
        figure,
        List.of());
  }

  private DsoReport countback(LocalDate asOf, Money ending) {
    List<MonthOfSales> months = monthsBackFrom(asOf);

    DsoFigure figure = DaysSalesOutstanding.countback(ending, periodsOf(months));
    List<MonthOfSales> walked = months.subList(0, figure.periodsUsed());
    LocalDate from = walked.isEmpty() ? asOf : walked.get(walked.size() - 1).month().atDay(1);
    return new DsoReport(asOf, Variant.CALENDAR_MONTHS, null, from, asOf, figure, walked);
  }

  /** The month of asOf up to asOf, then whole months back, newest first. */
  private List<MonthOfSales> monthsBackFrom(LocalDate asOf) {
    YearMonth newest = YearMonth.from(asOf);
    YearMonth oldest = newest.minusMonths(COUNTBACK_MONTHS - 1L);
    Map<YearMonth, Money> sales =
        receivables.creditSalesByMonth(oldest.atDay(1), asOf, functionalCurrency);
    Money none = Money.zero(functionalCurrency);
    List<MonthOfSales> months = new ArrayList<>(COUNTBACK_MONTHS);
    for (YearMonth month = newest; !month.isBefore(oldest); month = month.minusMonths(1)) {
      int days = month.equals(newest) ? asOf.getDayOfMonth() : month.lengthOfMonth();
      months.add(new MonthOfSales(month, days, sales.getOrDefault(month, none)));
    }
    return months;
  }

  private static List<SalesPeriod> periodsOf(List<MonthOfSales> months) {
    return months.stream().map(m -> new SalesPeriod(m.days(), m.sales())).toList();
  }
}
