package com.recoup.collections.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Bulk-import throughput into the ledger, outbox included, beside PostgreSQL COPY of the same
 * invoice rows into a plain table with a primary key, measured in the same run. Not a timed test:
 * it prints the figures. Run it alone (README, "Benchmarks").
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(BenchmarkProfile.class)
class ImportThroughputBenchmark {

  private static final int INVOICES = Integer.getInteger("benchmark.invoices", 50_000);
  private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 1_000);

  @Inject AgroalDataSource dataSource;

  @Test
  void importThroughputBesideCopy() throws Exception {
    String prefix = ImportApiTest.prefix();
    String csv = unsettled(prefix);
    double copyRate = copy(prefix);
    long eventsBefore = outboxRows();

    long cpuBefore = workerCpuNanos();
    long processCpuBefore = processCpuNanos();
    long start = System.nanoTime();
    String id = Imports.start(csv);
    List<JsonPath> seen = Imports.follow(id, Duration.ofMinutes(60), Duration.ofSeconds(1));
    JsonPath done = seen.get(seen.size() - 1);
    double wall = (System.nanoTime() - start) / 1e9;
    // The job's own times: from its registration (upload received) to its last record.
    double seconds =
        Duration.between(
                    Instant.parse(done.getString("startedAt")),
                    Instant.parse(done.getString("finishedAt")))
                .toMillis()
            / 1e3;

    double workerCpu = (workerCpuNanos() - cpuBefore) / 1e9;
    double processCpu = (processCpuNanos() - processCpuBefore) / 1e9;
    assertThat(done.getString("state")).isEqualTo("COMPLETED");
    assertThat(done.getInt("accepted")).isEqualTo(INVOICES + CUSTOMERS);
    long events = outboxRows() - eventsBefore;
    double importRate = INVOICES / seconds;
    System.out.printf(
        Locale.ROOT,
        "%nBENCHMARK import: %d invoices + %d customers (%d outbox events) in %.1f s ="
            + " %.0f invoices/s (%.0f records/s), batch size %s; upload to done %.1f s%n"
            + "BENCHMARK import CPU: worker thread %.1f s = %.0f us per invoice; whole service"
            + " JVM %.1f s (relay, HTTP, test); load average %.1f on %d cores%n"
            + "BENCHMARK COPY:   %d invoice rows into a table with a primary key = %.0f rows/s%n"
            + "BENCHMARK import / COPY = %.2f %%%n%n",
        INVOICES,
        CUSTOMERS,
        events,
        seconds,
        importRate,
        (INVOICES + CUSTOMERS) / seconds,
        System.getProperty("recoup.imports.batch-size", "100 (default)"),
        wall,
        workerCpu,
        workerCpu * 1e6 / INVOICES,
        processCpu,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors(),
        INVOICES,
        copyRate,
        100 * importRate / copyRate);
  }

  /** IBM layout, no settlement, no dispute: one customer and one invoice record per row. */
  private static String unsettled(String prefix) {
    StringBuilder csv =
        new StringBuilder(
            "countryCode,customerID,PaperlessDate,invoiceNumber,InvoiceDate,DueDate,"
                + "InvoiceAmount,Disputed,SettledDate,PaperlessBill,DaysToSettle,DaysLate\r\n");
    for (int i = 1; i <= INVOICES; i++) {
      csv.append(
          "391,%s-C%05d,1/1/2012,%s-I%07d,1/2/2013,2/1/2013,%d.%02d,No,,Paper,,\r\n"
              .formatted(prefix, i % CUSTOMERS, prefix, i, 10 + i % 990, i % 100));
    }
    return csv.toString();
  }

  /** COPY of the same invoice rows (ISO dates) into a fresh table with a primary key. */
  private double copy(String prefix) throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= INVOICES; i++) {
      rows.append(
          "%s-I%07d\t%s-C%05d\t2013-01-02\t2013-02-01\tUSD\t%d.%02d\n"
              .formatted(prefix, i, prefix, i % CUSTOMERS, 10 + i % 990, i % 100));
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("drop table if exists benchmark_copy_invoice");
      statement.execute(
          "create table benchmark_copy_invoice (invoice_number text primary key,"
              + " customer_number text not null, issue_date date not null, due_date date not null,"
              + " currency char(3) not null, amount numeric(19, 4) not null)");
      long start = System.nanoTime();
      long copied =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn("copy benchmark_copy_invoice from stdin", new StringReader(rows.toString()));
      double seconds = (System.nanoTime() - start) / 1e9;
      statement.execute("drop table benchmark_copy_invoice");
      assertThat(copied).isEqualTo(INVOICES);
      return INVOICES / seconds;
    }
  }

  /** CPU time of the import worker threads (they live as long as the service). */
  private static long workerCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("import-worker")) {
        total += threads.getThreadCpuTime(info.getThreadId());
      }
    }
    return total;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private long outboxRows() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var row = statement.executeQuery("select count(*) from outbox_event")) {
      row.next();
      return row.getLong(1);
    }
  }
}
