package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.domain.ageing.AgeingBuckets;
import com.recoup.collections.domain.ageing.AgeingReport;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Open receivables as of a day, per group, in buckets of days past due. Each line's bucket amounts
 * follow the order of {@code buckets} and add up to its {@code total}; {@code byCurrency} is in the
 * documents' currencies, {@code functional} in the functional currency at each invoice's rate.
 * Groups come largest first (by functional total) and are paged; {@code totals} cover all groups.
 */
public record AgeingResponse(
    LocalDate asOf,
    String groupBy,
    String functionalCurrency,
    List<AgeingBuckets.Bucket> buckets,
    List<Group> groups,
    int page,
    int size,
    int totalGroups,
    Group totals) {

  /** One row: a customer, segment, collector or currency; the key is null when unassigned. */
  public record Group(String key, long invoices, List<Line> byCurrency, Line functional) {}

  /** The buckets of one currency. */
  public record Line(String currency, long invoices, List<Money> buckets, Money total) {}

  static AgeingResponse of(AgeingReport report, int page, int size) {
    List<AgeingReport.Group> all = report.groups();
    int from = Math.min(all.size(), page * size);
    int to = Math.min(all.size(), from + size);
    return new AgeingResponse(
        report.asOf(),
        report.groupBy().label(),
        report.functionalCurrency().getCurrencyCode(),
        report.buckets().describe(),
        all.subList(from, to).stream().map(AgeingResponse::group).toList(),
        page,
        size,
        all.size(),
        group(report.totals()));
  }

  private static Group group(AgeingReport.Group g) {
    return new Group(
        g.key(),
        g.functional().invoices(),
        g.byCurrency().stream().map(AgeingResponse::line).toList(),
        line(g.functional()));
  }

  private static Line line(AgeingReport.Line l) {
    return new Line(l.currency().getCurrencyCode(), l.invoices(), l.buckets(), l.total());
  }
}
