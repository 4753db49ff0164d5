package com.recoup.collections.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.recoup.collections.domain.ageing.AgeingBuckets;
import com.recoup.collections.domain.ageing.AgeingGroup;
import com.recoup.collections.domain.ageing.AgeingReport;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Not a test: measures the ageing query over 1,000,000 open invoices (10 % of them partly paid,
 * some by payments dated after the ageing day) in a scratch schema, beside a plain count-and-sum
 * over the same table measured in the same run. Excluded from the default build; the command is in
 * README.md, "Benchmarks".
 */
@Tag("benchmark")
class AgeingBenchmark {

  private static final String SCHEMA = "ageing_benchmark";
  private static final int INVOICES = Integer.getInteger("benchmark.invoices", 1_000_000);
  private static final int CUSTOMERS = 10_000;
  private static final int RUNS = 7;
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final Currency EUR = Money.currencyOf("EUR");

  @Test
  void ageingOverAMillionOpenInvoices() throws Exception {
    migrateScratchSchema();
    try (Connection connection = connect()) {
      load(connection);

      long baseline = medianMillis(connection, () -> countAndSum(connection));
      List<String> lines = new ArrayList<>();
      for (AgeingGroup group : AgeingGroup.values()) {
        long ageing = medianMillis(connection, () -> age(connection, group).size());
        lines.add("ageing groupBy=%-9s median %4d ms".formatted(group.label(), ageing));
      }

      System.out.printf(
          "%n== Ageing benchmark: %,d open invoices, %d runs each ==%n", INVOICES, RUNS);
      System.out.printf("baseline count(*), sum(open_amount)  median %4d ms%n", baseline);
      lines.forEach(System.out::println);
      System.out.println("plan (groupBy=collector):");
      explain(connection).forEach(l -> System.out.println("  " + l));
      assertBucketsAddUpToTheOutstandingTotal(connection);
    } finally {
      if (!Boolean.getBoolean("benchmark.keep")) {
        dropScratchSchema();
      }
    }
  }

  private static void migrateScratchSchema() throws SQLException {
    dropScratchSchema();
    Flyway.configure()
        .dataSource(url(), user(), password())
        .schemas(SCHEMA)
        .locations("classpath:db/kernel", "classpath:db/migration")
        .load()
        .migrate();
  }

  private static void dropScratchSchema() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url(), user(), password());
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + SCHEMA + " cascade");
    }
  }

  private static Connection connect() throws SQLException {
    String separator = url().contains("?") ? "&" : "?";
    return DriverManager.getConnection(
        url() + separator + "currentSchema=" + SCHEMA, user(), password());
  }

  /** Customers, invoices (10 % in USD), and for every tenth invoice a part payment. */
  private static void load(Connection connection) throws Exception {
    long start = System.nanoTime();
    Random random = new Random(42);
    copy(
        connection,
        "customer (customer_number, name, country, currency, payment_terms_days,"
            + " segment, collector, paperless)",
        CUSTOMERS,
        i ->
            "C%05d,Customer %d,DE,EUR,30,segment-%d,collector-%d,false\n"
                .formatted(i, i, i % 10, i % 50));
    long[] paid = new long[INVOICES];
    copy(
        connection,
        "invoice (invoice_number, customer_number, issue_date, due_date, currency,"
            + " amount, functional_currency, functional_amount, exchange_rate, open_amount,"
            + " status)",
        INVOICES,
        i -> invoiceRow(i, random, paid));
    copy(
        connection,
        "payment (payment_reference, customer_number, value_date, currency, amount,"
            + " functional_currency, functional_amount)",
        INVOICES / 10,
        k -> paymentRow(k, paid));
    copy(
        connection,
        "allocation (payment_reference, invoice_number, amount, method)",
        INVOICES / 10,
        k -> "P%07d,I%07d,%s,EXPLICIT\n".formatted(k, k * 10, cents(paid[k * 10])));
    try (Statement statement = connection.createStatement()) {
      statement.execute("vacuum analyze");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "loaded %,d customers, %,d invoices, %,d payments with COPY in %.1f s (%,.0f rows/s)%n",
        CUSTOMERS,
        INVOICES,
        INVOICES / 10,
        seconds,
        (CUSTOMERS + INVOICES + INVOICES / 5) / seconds);
  }

  /** Issue dates spread over the two years up to the ageing day, due 30 days later. */
  private static String invoiceRow(int i, Random random, long[] paid) {
    LocalDate issued = AS_OF.minusDays(random.nextInt(730));
    long cents = 1_000 + random.nextInt(999_000);
    boolean usd = i % 10 == 3;
    String rate = usd ? "0.92" : "1";
    long functional = usd ? Math.round(cents * 0.92) : cents;
    paid[i] = i % 10 == 0 ? cents / 3 : 0;
    return "I%07d,C%05d,%s,%s,%s,%s,EUR,%s,%s,%s,%s\n"
        .formatted(
            i,
            i % CUSTOMERS,
            issued,
            issued.plusDays(30),
            usd ? "USD" : "EUR",
            cents(cents),
            cents(functional),
            rate,
            cents(cents - paid[i]),
            paid[i] == 0 ? "OPEN" : "PARTLY_PAID");
  }

  /**
   * Payment k pays a third of invoice 10k; one in 31 is dated in the ten days after the ageing day,
   * as when a month-end ageing runs a few days into the next month.
   */
  private static String paymentRow(int k, long[] paid) {
    LocalDate valueDate = AS_OF.minusDays(300).plusDays(k % 310);
    return "P%07d,C%05d,%s,EUR,%s,EUR,%s\n"
        .formatted(k, (k * 10) % CUSTOMERS, valueDate, cents(paid[k * 10]), cents(paid[k * 10]));
  }

  private static String cents(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  private static void copy(Connection connection, String table, int rows, RowWriter row)
      throws Exception {
    CopyIn copy =
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("copy " + table + " from stdin (format csv)");
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      batch.append(row.line(i));
      if (batch.length() > 1 << 20 || i == rows - 1) {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        batch.setLength(0);
      }
    }
    copy.endCopy();
  }

  private static long countAndSum(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select count(*), sum(open_amount) from invoice where open_amount > 0")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** One ageing in its own transaction, as the service runs it. */
  private static List<AgeingReport.Tally> age(Connection connection, AgeingGroup group)
      throws SQLException {
    connection.setAutoCommit(false);
    try {
      return AgeingSql.tally(connection, AS_OF, group, AgeingBuckets.STANDARD, EUR);
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  private static long medianMillis(Connection connection, Timed action) throws Exception {
    action.run();
    long[] millis = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      action.run();
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(millis);
    return millis[RUNS / 2];
  }

  private static List<String> explain(Connection connection) throws SQLException {
    String sql = "explain (analyze, costs off) " + AgeingSql.sql(AgeingGroup.COLLECTOR);
    List<String> plan = new ArrayList<>();
    connection.setAutoCommit(false);
    try (var statement = connection.prepareStatement(sql)) {
      AgeingSql.tune(connection);
      AgeingSql.bind(statement, connection, AS_OF, AgeingBuckets.STANDARD, EUR);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          plan.add(rows.getString(1));
        }
      }
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
    return plan;
  }

  /**
   * The open amount as of the day by a second, plain path (amount less allocations whose payment is
   * dated on or before the day) must equal the sum of all buckets.
   */
  private static void assertBucketsAddUpToTheOutstandingTotal(Connection connection)
      throws SQLException {
    String plain =
        """
        select i.currency, sum(i.amount - coalesce((select sum(a.amount) from allocation a
                 join payment p on p.payment_reference = a.payment_reference
                where a.invoice_number = i.invoice_number and p.value_date <= ?), 0))
          from invoice i where i.issue_date <= ? group by i.currency order by 1""";
    List<String> expected = new ArrayList<>();
    try (var statement = connection.prepareStatement(plain)) {
      statement.setDate(1, java.sql.Date.valueOf(AS_OF));
      statement.setDate(2, java.sql.Date.valueOf(AS_OF));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          expected.add(rows.getString(1) + " " + rows.getBigDecimal(2).setScale(2));
        }
      }
    }
    AgeingReport report =
        AgeingReport.compile(
            AS_OF,
            AgeingGroup.CURRENCY,
            AgeingBuckets.STANDARD,
            EUR,
            age(connection, AgeingGroup.CURRENCY));
    List<String> actual =
        report.totals().byCurrency().stream()
            .map(l -> l.currency().getCurrencyCode() + " " + l.total().amount())
            .toList();
    System.out.println(
        "outstanding by the plain path: " + expected + ", by the buckets: " + actual);
    assertThat(actual).isEqualTo(expected);
  }

  private static String url() {
    String configured = System.getProperty("benchmark.jdbc.url");
    if (configured != null) {
      return configured;
    }
    String test = System.getenv("_TEST_QUARKUS_DATASOURCE_JDBC_URL");
    return test != null ? test : "jdbc:postgresql://127.0.0.1:5432/recoup_collections_test";
  }

  private static String user() {
    return System.getProperty("benchmark.jdbc.user", "recoup_collections");
  }

  private static String password() {
    return System.getProperty("benchmark.jdbc.password", "recoup_collections");
  }

  private interface RowWriter {
    String line(int index);
  }

  private interface Timed {
    Object run() throws Exception;
  }
}
