package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.domain.ageing.AgeingBuckets;
import com.recoup.collections.domain.ageing.AgeingGroup;
import com.recoup.collections.domain.ageing.AgeingReport;
import com.recoup.kernel.domain.Money;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The ageing as one aggregating query. An invoice's open amount as of day D is its amount less
 * every change dated on or before D. The query adds up today's open amounts of the invoices issued
 * by D (one pass over the open invoices, which PostgreSQL may split among parallel workers), and
 * adds back, invoice by invoice, the changes dated after D, which the dated indexes find and which
 * are few for a recent D. The bucket depends on the due date alone, so both parts land an invoice
 * in the same bucket. An amount in the functional currency is its own functional value; only the
 * others are multiplied by their rate and rounded, invoice by invoice, which spares most rows the
 * decimal arithmetic. The benchmark runs this same query.
 */
final class AgeingSql {

  private static final Map<AgeingGroup, String> GROUP_KEY =
      Map.of(
          AgeingGroup.CUSTOMER, "i.customer_number",
          AgeingGroup.SEGMENT, "c.segment",
          AgeingGroup.COLLECTOR, "c.collector",
          AgeingGroup.CURRENCY, "i.currency");

  /**
   * An analytical query over the whole ledger: room to hash (hash tables may take twice work_mem),
   * parallel workers welcome, and no JIT compilation, which cost more than it saved when measured
   * over 1,000,000 invoices.
   */
  private static final List<String> SETTINGS =
      List.of(
          "set local work_mem = '32MB'",
          "set local jit = off",
          "set local parallel_setup_cost = 0",
          "set local parallel_tuple_cost = 0");

  private static final String QUERY =
      """
      select group_key, currency, bucket,
             sum(invoices) as invoices, sum(amount) as amount,
             sum(functional_amount) as functional_amount
        from (
          select %1$s as group_key, i.currency,
                 width_bucket(?::date - i.due_date, ?::integer[]) as bucket,
                 count(*) as invoices,
                 sum(i.open_amount) as amount,
                 sum(case when i.currency = ? then i.open_amount
                          else round(i.open_amount * i.exchange_rate, ?) end) as functional_amount
            from invoice i %2$s
           where i.open_amount > 0 and i.issue_date <= ?
           group by 1, 2, 3
          union all
          select %1$s, i.currency,
                 width_bucket(?::date - i.due_date, ?::integer[]),
                 count(*) filter (where i.open_amount = 0),
                 sum(l.amount),
                 sum(round((i.open_amount + l.amount) * i.exchange_rate, ?)
                     - round(i.open_amount * i.exchange_rate, ?))
            from (select invoice_number, sum(amount) as amount
                    from open_amount_change
                   where changed_on > ?
                   group by invoice_number) l
            join invoice i on i.invoice_number = l.invoice_number %2$s
           where i.issue_date <= ?
           group by 1, 2, 3
        ) parts
       group by 1, 2, 3
      """;

  private AgeingSql() {}

  static String sql(AgeingGroup groupBy) {
    boolean needsCustomer = groupBy == AgeingGroup.SEGMENT || groupBy == AgeingGroup.COLLECTOR;
    String join = needsCustomer ? "join customer c on c.customer_number = i.customer_number" : "";
    return QUERY.formatted(GROUP_KEY.get(groupBy), join);
  }

  static List<AgeingReport.Tally> tally(
      Connection connection,
      LocalDate asOf,
      AgeingGroup groupBy,
      AgeingBuckets buckets,
      Currency functionalCurrency)
      throws SQLException {
    tune(connection);
    try (PreparedStatement query = connection.prepareStatement(sql(groupBy))) {
      bind(query, connection, asOf, buckets, functionalCurrency);
      try (ResultSet rows = query.executeQuery()) {
        return read(rows, functionalCurrency);
      }
    }
  }

  /** Settings for the current transaction only; outside a transaction they do nothing. */
  static void tune(Connection connection) throws SQLException {
    try (Statement settings = connection.createStatement()) {
      for (String setting : SETTINGS) {
        settings.execute(setting);
      }
    }
  }

  /** Sets the parameters of {@link #sql}: the day, the bucket starts, the functional currency. */
  static void bind(
      PreparedStatement query,
      Connection connection,
      LocalDate asOf,
      AgeingBuckets buckets,
      Currency functionalCurrency)
      throws SQLException {
    Date day = Date.valueOf(asOf);
    Array starts = connection.createArrayOf("integer", buckets.overdueStarts().toArray());
    Object[] parameters = {
      day,
      starts,
      functionalCurrency.getCurrencyCode(),
      functionalCurrency.getDefaultFractionDigits(),
      day,
      day,
      starts,
      functionalCurrency.getDefaultFractionDigits(),
      functionalCurrency.getDefaultFractionDigits(),
      day,
      day
    };
    for (int i = 0; i < parameters.length; i++) {
      query.setObject(i + 1, parameters[i]);
    }
  }

  private static List<AgeingReport.Tally> read(ResultSet rows, Currency functionalCurrency)
      throws SQLException {
    List<AgeingReport.Tally> tallies = new ArrayList<>();
    while (rows.next()) {
      Currency currency = Money.currencyOf(rows.getString("currency"));
      tallies.add(
          new AgeingReport.Tally(
              rows.getString("group_key"),
              currency,
              rows.getInt("bucket"),
              rows.getLong("invoices"),
              new Money(rows.getBigDecimal("amount"), currency),
              new Money(rows.getBigDecimal("functional_amount"), functionalCurrency)));
    }
    return tallies;
  }
}
