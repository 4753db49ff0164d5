package com.recoup.kpi.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.recoup.kernel.domain.Money;
import com.recoup.kpi.application.port.in.ComputeDsoCommand;
import com.recoup.kpi.application.port.in.DsoReport;
import com.recoup.kpi.application.port.in.DsoReport.MonthOfSales;
import com.recoup.kpi.application.port.out.ReceivablesRepository;
import com.recoup.kpi.domain.CustomerUpserted;
import com.recoup.kpi.domain.DsoMethod;
import com.recoup.kpi.domain.InvoiceIssued;
import com.recoup.kpi.domain.InvoiceSettled;
import com.recoup.kpi.domain.PaymentAllocated;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ComputeDsoServiceTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  private final FakeReceivables receivables = new FakeReceivables();
  private final ComputeDsoService service = new ComputeDsoService(receivables, EUR);

  @Test
  void givenNinetyDays_period_takesTheSalesOfTheNinetyDaysEndingAsOf() {
    // 90 days ending 2031-01-31 start on 2030-11-03 (Nov 3–30: 28, Dec: 31, Jan: 31 = 90),
    // so the invoice of Nov 2 is outside and only the 1,000.00 of Nov 3 counts:
    // 500 / 1,000 × 90 = 45.00.
    receivables.endingReceivables = eur("500.00");
    receivables.sale(LocalDate.of(2030, 11, 2), "7000.00");
    receivables.sale(LocalDate.of(2030, 11, 3), "1000.00");

    DsoReport report = service.compute(command("2031-01-31", DsoMethod.PERIOD, 90));

    assertThat(report.salesFrom()).isEqualTo(LocalDate.of(2030, 11, 3));
    assertThat(report.figure().creditSales()).isEqualTo(eur("1000.00"));
    assertThat(report.figure().days()).isEqualByComparingTo("45.00");
    assertThat(report.days()).isEqualTo(90);
  }

  @Test
  void givenAsOfMidMonth_countback_countsTheMonthOfAsOfOnlyUpToAsOf() {
    // As of 2031-01-15: January counts 15 days with its sales up to the 15th (100; the 900 of
    // Jan 20 is after asOf). 300 − 100 = 200 left; December's 400 covers it:
    // 15 + 200 / 400 × 31 = 15 + 15.5 = 30.50.
    receivables.endingReceivables = eur("300.00");
    receivables.sale(LocalDate.of(2031, 1, 10), "100.00");
    receivables.sale(LocalDate.of(2031, 1, 20), "900.00");
    receivables.sale(LocalDate.of(2030, 12, 5), "400.00");

    DsoReport report = service.compute(command("2031-01-15", DsoMethod.COUNTBACK, 90));

    assertThat(report.figure().days()).isEqualByComparingTo("30.50");
    assertThat(report.monthsWalked())
        .containsExactly(
            new MonthOfSales(YearMonth.of(2031, 1), 15, eur("100.00")),
            new MonthOfSales(YearMonth.of(2030, 12), 31, eur("400.00")));
    assertThat(report.salesFrom()).isEqualTo(LocalDate.of(2030, 12, 1));
    assertThat(report.days()).isNull();
  }

  private static ComputeDsoCommand command(String asOf, DsoMethod method, int days) {
    return new ComputeDsoCommand(LocalDate.parse(asOf), method, days);
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /** Receivables fixed by the test; credit sales from a list of dated sales. */
  private static final class FakeReceivables implements ReceivablesRepository {

    Money endingReceivables = eur("0.00");
    private final List<Map.Entry<LocalDate, Money>> sales = new ArrayList<>();

    void sale(LocalDate day, String amount) {
      sales.add(Map.entry(day, eur(amount)));
    }

    @Override
    public Money receivablesAsOf(LocalDate day, Currency currency) {
      return endingReceivables;
    }

    @Override
    public Money creditSales(LocalDate from, LocalDate to, Currency currency) {
      return sales.stream()
          .filter(s -> !s.getKey().isBefore(from) && !s.getKey().isAfter(to))
          .map(Map.Entry::getValue)
          .reduce(Money.zero(currency), Money::plus);
    }

    @Override
    public Map<YearMonth, Money> creditSalesByMonth(
        LocalDate from, LocalDate to, Currency currency) {
      Map<YearMonth, Money> byMonth = new TreeMap<>();
      sales.stream()
          .filter(s -> !s.getKey().isBefore(from) && !s.getKey().isAfter(to))
          .forEach(s -> byMonth.merge(YearMonth.from(s.getKey()), s.getValue(), Money::plus));
      return byMonth;
    }

    @Override
    public void saveCustomer(CustomerUpserted customer) {}

    @Override
    public void saveInvoice(InvoiceIssued invoice) {}

    @Override
    public void saveAllocation(PaymentAllocated allocation) {}

    @Override
    public boolean markSettled(InvoiceSettled settlement) {
      return true;
    }
  }
}
