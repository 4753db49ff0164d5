package com.recoup.collections.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The IBM "Accounts Receivable" sample (shared split) imports completely through the ibm-ar
 * profile. Its licence is not stated, so it is not copied into the project: the test reads it from
 * the shared data folder beside the repository and is skipped when that folder is absent.
 */
@QuarkusTest
@TestProfile(UsdLedgerProfile.class)
class IbmSampleImportTest {

  private static final String SAMPLE =
      "shared/data/ibm_ar_late_payments/WA_Fn-UseC_-Accounts-Receivable_shared80.csv";

  @Inject AgroalDataSource dataSource;

  private String csv;
  private Sample expected;

  @BeforeEach
  void readTheSampleASecondWay() throws IOException {
    Path file = locate();
    Assumptions.assumeTrue(
        file != null,
        "skipped: the IBM sample is not in ../shared/data (licence not stated, so not copied)");
    csv = Files.readString(file, StandardCharsets.UTF_8);
    expected = Sample.read(csv);
  }

  @Test
  void givenTheIbmSample_importedTwice_theFirstFillsTheLedgerAndTheSecondChangesNothing()
      throws Exception {
    // The sample's PROVENANCE.md: 1,998 rows, 100 customers, total 119,337.95, 465 disputed,
    // all settled; the second reading in Sample agrees before the ledger is asked.
    assertThat(expected.invoices).hasSize(1998);
    assertThat(expected.customers).hasSize(100);
    assertThat(expected.total).isEqualByComparingTo("119337.95");
    assertThat(expected.disputed).isEqualTo(465);

    JsonPath first = Imports.finished(Imports.start(csv));

    // 100 customers + 1,998 invoices + 465 disputes + 1,998 settlements, all accepted.
    assertThat(first.getString("state")).isEqualTo("COMPLETED");
    assertThat(first.getInt("recordsTotal")).isEqualTo(100 + 1998 + 465 + 1998);
    assertThat(first.getInt("accepted")).isEqualTo(4561);
    assertThat(first.getInt("rejected")).isZero();
    Ledger ledger = ledger();
    assertThat(ledger.invoices).isEqualTo(1998);
    assertThat(ledger.invoiced).isEqualByComparingTo(expected.total);
    assertThat(ledger.open).as("every invoice settled").isEqualByComparingTo("0");
    assertThat(ledger.paid).isEqualTo(1998);
    assertThat(ledger.allocated).isEqualByComparingTo(expected.total);
    assertThat(ledger.customers).isEqualTo(100);

    assertAgeingAsOf2012YearEndEqualsAPlainWalkOfTheFile();

    JsonPath second = Imports.finished(Imports.start(csv));

    assertThat(second.getString("repeatOf")).isEqualTo(first.getString("id"));
    assertThat(second.getInt("accepted")).isZero();
    assertThat(second.getInt("unchanged")).isEqualTo(4561);
    assertThat(second.getInt("rejected")).isZero();
    assertThat(ledger()).as("the ledger and its events after the second import").isEqualTo(ledger);
  }

  /**
   * The second path: walk the file's rows. An invoice is open on 2012-12-31 when it was issued on
   * or before that day and settled after it (paid on the day is closed); it lands in the bucket of
   * its days past due (as-of day minus due day; zero or less is not due). PROVENANCE.md gives the
   * open total 4,484.57 over 81 invoices.
   */
  private void assertAgeingAsOf2012YearEndEqualsAPlainWalkOfTheFile() {
    LocalDate asOf = LocalDate.of(2012, 12, 31);
    int[] bounds = {0, 30, 60, 90, 180, 365};
    BigDecimal[] reference = new BigDecimal[bounds.length + 1];
    java.util.Arrays.fill(reference, BigDecimal.ZERO);
    int open = 0;
    for (Sample.Row row : expected.rows) {
      if (row.issued().isAfter(asOf) || !row.settled().isAfter(asOf)) {
        continue;
      }
      open++;
      long daysPastDue = java.time.temporal.ChronoUnit.DAYS.between(row.due(), asOf);
      int bucket = 0;
      while (bucket < bounds.length && daysPastDue > bounds[bucket]) {
        bucket++;
      }
      reference[bucket] = reference[bucket].add(row.amount());
    }
    BigDecimal referenceTotal =
        java.util.Arrays.stream(reference).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(open).isEqualTo(81);
    assertThat(referenceTotal).isEqualByComparingTo("4484.57");

    JsonPath ageing =
        given()
            .auth()
            .oauth2(
                com.recoup.kernel.testing.TestTokens.forRole(
                    com.recoup.kernel.security.Roles.FINANCE_ANALYST))
            .queryParam("asOf", asOf.toString())
            .queryParam("groupBy", "customer")
            .queryParam("size", 1000)
            .get("/api/v1/ageing")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    BigDecimal[] actual = new BigDecimal[bounds.length + 1];
    java.util.Arrays.fill(actual, BigDecimal.ZERO);
    long invoices = 0;
    for (Map<String, Object> group : ageing.<Map<String, Object>>getList("groups")) {
      if (!expected.customers.contains((String) group.get("key"))) {
        continue;
      }
      invoices += ((Number) group.get("invoices")).longValue();
      @SuppressWarnings("unchecked")
      Map<String, Object> usd = ((List<Map<String, Object>>) group.get("byCurrency")).get(0);
      @SuppressWarnings("unchecked")
      List<Map<String, String>> buckets = (List<Map<String, String>>) usd.get("buckets");
      for (int i = 0; i < buckets.size(); i++) {
        actual[i] = actual[i].add(new BigDecimal(buckets.get(i).get("amount")));
      }
    }
    assertThat(invoices).isEqualTo(81);
    assertThat(actual).usingElementComparator(BigDecimal::compareTo).containsExactly(reference);
  }

  private Ledger ledger() throws SQLException {
    String[] invoices = expected.invoices.toArray(String[]::new);
    String[] customers = expected.customers.toArray(String[]::new);
    return new Ledger(
        query("select count(*) from invoice where invoice_number = any(?)", invoices).longValue(),
        query("select sum(amount) from invoice where invoice_number = any(?)", invoices),
        query("select sum(open_amount) from invoice where invoice_number = any(?)", invoices),
        query(
                "select count(*) from payment where payment_reference = any(?)",
                expected.invoices.stream().map(i -> "SETTLE-" + i).toArray(String[]::new))
            .longValue(),
        query("select sum(amount) from allocation where invoice_number = any(?)", invoices),
        query(
                "select count(*) from customer where customer_number = any(?) and currency = 'USD'",
                customers)
            .longValue(),
        query("select count(*) from outbox_event where partition_key = any(?)", customers)
            .longValue());
  }

  private BigDecimal query(String sql, String[] keys) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Array array = connection.createArrayOf("text", keys);
      statement.setArray(1, array);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getBigDecimal(1);
      }
    }
  }

  /** What the ledger holds of the sample; equal before and after a repeated import. */
  record Ledger(
      long invoices,
      BigDecimal invoiced,
      BigDecimal open,
      long paid,
      BigDecimal allocated,
      long customers,
      long events) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Ledger l
          && invoices == l.invoices
          && invoiced.compareTo(l.invoiced) == 0
          && open.compareTo(l.open) == 0
          && paid == l.paid
          && allocated.compareTo(l.allocated) == 0
          && customers == l.customers
          && events == l.events;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(invoices);
    }
  }

  /** The sample read with a plain split: it has no quoted fields. */
  static final class Sample {
    final Set<String> invoices = new LinkedHashSet<>();
    final Set<String> customers = new LinkedHashSet<>();
    final List<Row> rows = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    int disputed;

    /** One invoice of the sample: its dates and amount. */
    record Row(
        String customer, LocalDate issued, LocalDate due, LocalDate settled, BigDecimal amount) {}

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    static Sample read(String csv) {
      Sample sample = new Sample();
      List<String> lines = new ArrayList<>(List.of(csv.split("\r\n")));
      Map<String, Integer> column = new LinkedHashMap<>();
      String[] header = lines.remove(0).split(",");
      for (int i = 0; i < header.length; i++) {
        column.put(header[i], i);
      }
      for (String line : lines) {
        String[] cells = line.split(",", -1);
        sample.invoices.add(cells[column.get("invoiceNumber")]);
        sample.customers.add(cells[column.get("customerID")]);
        sample.total = sample.total.add(new BigDecimal(cells[column.get("InvoiceAmount")]));
        sample.disputed += "Yes".equals(cells[column.get("Disputed")]) ? 1 : 0;
        sample.rows.add(
            new Row(
                cells[column.get("customerID")],
                LocalDate.parse(cells[column.get("InvoiceDate")], US_DATE),
                LocalDate.parse(cells[column.get("DueDate")], US_DATE),
                LocalDate.parse(cells[column.get("SettledDate")], US_DATE),
                new BigDecimal(cells[column.get("InvoiceAmount")])));
      }
      return sample;
    }
  }

  private static Path locate() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve(SAMPLE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    return null;
  }
}
