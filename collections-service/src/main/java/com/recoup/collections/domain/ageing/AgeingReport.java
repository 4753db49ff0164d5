package com.recoup.collections.domain.ageing;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Open receivables as of a day, cut into buckets of days past due, per group and per document
 * currency, and in the functional currency at each invoice's own rate. A line's total is the sum of
 * its buckets, so the buckets always add up to what is outstanding.
 */
public record AgeingReport(
    LocalDate asOf,
    AgeingGroup groupBy,
    AgeingBuckets buckets,
    Currency functionalCurrency,
    List<Group> groups,
    Group totals) {

  /** What the ledger adds up for one group, currency and bucket. */
  public record Tally(
      String groupKey,
      Currency currency,
      int bucket,
      long invoices,
      Money amount,
      Money functionalAmount) {}

  /** The buckets of one currency; the total is their sum. */
  public record Line(Currency currency, List<Money> buckets, long invoices) {

    public Line {
      buckets = List.copyOf(buckets);
    }

    public Money total() {
      return buckets.stream().reduce(Money.zero(currency), Money::plus);
    }
  }

  /** One row of the report: a customer, segment, collector or currency (null when unassigned). */
  public record Group(String key, List<Line> byCurrency, Line functional) {}

  public static AgeingReport compile(
      LocalDate asOf,
      AgeingGroup groupBy,
      AgeingBuckets buckets,
      Currency functionalCurrency,
      List<Tally> tallies) {
    Map<String, GroupSums> byKey = new HashMap<>();
    GroupSums all = new GroupSums(null, buckets.count(), functionalCurrency);
    for (Tally tally : tallies) {
      byKey
          .computeIfAbsent(
              tally.groupKey(), k -> new GroupSums(k, buckets.count(), functionalCurrency))
          .add(tally);
      all.add(tally);
    }
    List<Group> groups = new ArrayList<>(byKey.values().stream().map(GroupSums::group).toList());
    groups.sort(LARGEST_FIRST);
    return new AgeingReport(
        asOf, groupBy, buckets, functionalCurrency, List.copyOf(groups), all.group());
  }

  private static final Comparator<Group> LARGEST_FIRST =
      Comparator.comparing((Group g) -> g.functional().total())
          .reversed()
          .thenComparing(Group::key, Comparator.nullsLast(Comparator.naturalOrder()));

  /** Running sums of one group while the tallies are read. */
  private static final class GroupSums {
    private final String key;
    private final int bucketCount;
    private final LineSums functional;
    private final Map<String, LineSums> byCurrency = new TreeMap<>();

    GroupSums(String key, int bucketCount, Currency functionalCurrency) {
      this.key = key;
      this.bucketCount = bucketCount;
      this.functional = new LineSums(functionalCurrency, bucketCount);
    }

    void add(Tally tally) {
      Objects.checkIndex(tally.bucket(), bucketCount);
      byCurrency
          .computeIfAbsent(
              tally.currency().getCurrencyCode(), c -> new LineSums(tally.currency(), bucketCount))
          .add(tally.bucket(), tally.amount(), tally.invoices());
      functional.add(tally.bucket(), tally.functionalAmount(), tally.invoices());
    }

    Group group() {
      return new Group(
          key, byCurrency.values().stream().map(LineSums::line).toList(), functional.line());
    }
  }

  /** Running bucket sums of one currency. */
  private static final class LineSums {
    private final Currency currency;
    private final List<Money> buckets;
    private long invoices;

    LineSums(Currency currency, int bucketCount) {
      this.currency = currency;
      this.buckets = new ArrayList<>(Collections.nCopies(bucketCount, Money.zero(currency)));
    }

    void add(int bucket, Money amount, long count) {
      buckets.set(bucket, buckets.get(bucket).plus(amount));
      invoices += count;
    }

    Line line() {
      return new Line(currency, buckets, invoices);
    }
  }
}
