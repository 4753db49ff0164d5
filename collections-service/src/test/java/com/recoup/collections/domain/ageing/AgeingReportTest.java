package com.recoup.collections.domain.ageing;

import static org.assertj.core.api.Assertions.assertThat;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AgeingReportTest {

  private static final Currency EUR = Money.currencyOf("EUR");
  private static final Currency USD = Money.currencyOf("USD");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Test
  void givenTalliesOfTwoCollectors_compile_sumsPerCurrencyAndInTheFunctionalCurrency() {
    List<AgeingReport.Tally> tallies =
        List.of(
            tally("ann", EUR, 0, 2, "180.00", "180.00"),
            tally("ann", USD, 2, 1, "1000.00", "900.00"),
            tally("ann", EUR, 6, 1, "400.00", "400.00"),
            tally("bob", EUR, 1, 1, "50.00", "50.00"));

    AgeingReport report =
        AgeingReport.compile(AS_OF, AgeingGroup.COLLECTOR, AgeingBuckets.STANDARD, EUR, tallies);

    AgeingReport.Group ann = report.groups().get(0);
    assertThat(ann.key()).isEqualTo("ann");
    // functional: 180.00 not due, 900.00 in 31-60, 400.00 over 365 = 1480.00
    assertThat(ann.functional().buckets())
        .containsExactly(
            eur("180.00"),
            eur("0.00"),
            eur("900.00"),
            eur("0.00"),
            eur("0.00"),
            eur("0.00"),
            eur("400.00"));
    assertThat(ann.functional().total()).isEqualTo(eur("1480.00"));
    assertThat(ann.functional().invoices()).isEqualTo(4);
    assertThat(ann.byCurrency())
        .extracting(l -> l.currency().getCurrencyCode() + " " + l.total().amount())
        .containsExactly("EUR 580.00", "USD 1000.00");
    // 1480.00 + 50.00 = 1530.00 over both collectors, largest first
    assertThat(report.groups()).extracting(AgeingReport.Group::key).containsExactly("ann", "bob");
    assertThat(report.totals().functional().total()).isEqualTo(eur("1530.00"));
  }

  @Test
  void givenRandomTallies_compile_bucketsAddUpToTheOutstandingTotalOfEveryLine() {
    Random random = new Random(7);
    List<AgeingReport.Tally> tallies = new ArrayList<>();
    long cents = 0;
    for (int i = 0; i < 500; i++) {
      long amount = 1 + random.nextInt(1_000_000);
      cents += amount;
      Money money = new Money(BigDecimal.valueOf(amount, 2), EUR);
      tallies.add(
          new AgeingReport.Tally(
              random.nextBoolean() ? null : "g" + random.nextInt(20),
              EUR,
              random.nextInt(7),
              1,
              money,
              money));
    }

    AgeingReport report =
        AgeingReport.compile(AS_OF, AgeingGroup.SEGMENT, AgeingBuckets.STANDARD, EUR, tallies);

    // the second path: the plain sum of every tally, added up above while they were made
    assertThat(report.totals().functional().total())
        .isEqualTo(new Money(BigDecimal.valueOf(cents, 2), EUR));
    Money groupsTotal =
        report.groups().stream()
            .map(g -> g.functional().total())
            .reduce(Money.zero(EUR), Money::plus);
    assertThat(groupsTotal).isEqualTo(report.totals().functional().total());
  }

  private static AgeingReport.Tally tally(
      String key, Currency currency, int bucket, long count, String amount, String functional) {
    return new AgeingReport.Tally(
        key,
        currency,
        bucket,
        count,
        Money.of(amount, currency.getCurrencyCode()),
        eur(functional));
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
