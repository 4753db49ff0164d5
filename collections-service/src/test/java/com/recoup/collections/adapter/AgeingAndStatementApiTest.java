package com.recoup.collections.adapter;

import static com.recoup.collections.adapter.LedgerRest.ANALYST;
import static com.recoup.collections.adapter.LedgerRest.ERP;
import static com.recoup.collections.adapter.LedgerRest.cancel;
import static com.recoup.collections.adapter.LedgerRest.creditNote;
import static com.recoup.collections.adapter.LedgerRest.customer;
import static com.recoup.collections.adapter.LedgerRest.get;
import static com.recoup.collections.adapter.LedgerRest.invoice;
import static com.recoup.collections.adapter.LedgerRest.payment;
import static com.recoup.collections.adapter.LedgerRest.unique;
import static com.recoup.collections.adapter.LedgerRest.writeOff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One customer's year, posted through the API, aged and stated as of the end of June and of July
 * 2026. The invoices sit on the bucket bounds (due on the day, exactly 30, 60, 61 and 91 days past
 * due); a payment is back-dated, another dated after June; a credit note, a write-off and a
 * cancellation fall on either side of the day. Every figure is worked out by hand below.
 *
 * <pre>
 * as of 2026-06-30    issued      due         days  bucket     open as of the day
 * A1  100.00 EUR      2026-06-01  2026-06-30     0  not due    100.00
 * A2  200.00 EUR      2026-05-01  2026-05-31    30  1-30       200.00
 * A3  300.00 EUR      2026-04-01  2026-04-30    61  61-90      300.00 - 50.00 (paid 06-15) = 250.00
 * A4  400.00 EUR      2025-01-01  2025-01-31   515  over 365   400.00 (paid only on 07-10)
 * A5  999.00 EUR      2026-07-01  2026-07-31     -  -          not issued yet
 * A6  500.00 EUR      2026-03-01  2026-03-31    91  91-180     500.00 - 100.00 = 400.00
 *                                                             (credit note of 06-20)
 *                                                             (150.00 written off only on 07-05)
 * A7 1000.00 USD@0.9  2026-02-01  2026-05-01    60  31-60      1000.00 USD = 900.00 EUR
 * A8   80.00 EUR      2026-06-10  2026-07-10   -10  not due    80.00 (cancelled only on 07-02)
 * EUR: not due 180.00, 1-30 200.00, 31-60 0, 61-90 250.00, 91-180 400.00, 181-365 0,
 *      over 365 400.00; total 1430.00 in 6 invoices. USD: 31-60 1000.00.
 * functional EUR: 180.00, 200.00, 900.00, 250.00, 400.00, 0.00, 400.00 = 2330.00
 * </pre>
 */
@QuarkusTest
class AgeingAndStatementApiTest {

  @Inject AgroalDataSource dataSource;

  private String segment;
  private String customer;

  @BeforeEach
  void postTheYear() {
    segment = unique("ageing");
    customer = customer(unique("C-AG"), segment);
    inv("A1", "2026-06-01", "2026-06-30", "100.00", "EUR");
    inv("A2", "2026-05-01", "2026-05-31", "200.00", "EUR");
    inv("A3", "2026-04-01", "2026-04-30", "300.00", "EUR");
    inv("A4", "2025-01-01", "2025-01-31", "400.00", "EUR");
    inv("A5", "2026-07-01", "2026-07-31", "999.00", "EUR");
    inv("A6", "2026-03-01", "2026-03-31", "500.00", "EUR");
    inv("A7", "2026-02-01", "2026-05-01", "1000.00", "USD");
    inv("A8", "2026-06-10", "2026-07-10", "80.00", "EUR");
    // posted today, dated 2026-07-10: after the day; then a back-dated one, dated 2026-06-15
    payment("P1-" + customer, customer, "2026-07-10", "400.00", n("A4")).then().statusCode(201);
    payment("P2-" + customer, customer, "2026-06-15", "50.00", n("A3")).then().statusCode(201);
    payment("P3-" + customer, customer, "2026-06-28", "70.00", null).then().statusCode(201);
    creditNote("CN1-" + customer, customer, n("A6"), "2026-06-20", "100.00").then().statusCode(201);
    creditNote("CN2-" + customer, customer, null, "2026-06-25", "30.00").then().statusCode(201);
    writeOff(n("A6"), "150.00", "2026-07-05").then().statusCode(201);
    cancel(n("A8"), "2026-07-02").then().statusCode(200);
  }

  @Test
  void givenTheEndOfJune_ageBySegment_putsEachInvoiceInItsBucket() {
    JsonPath group = groupOf(age("2026-06-30", "segment", null), segment);

    assertThat(amounts(group, "byCurrency[0].buckets"))
        .containsExactly("180.00", "200.00", "0.00", "250.00", "400.00", "0.00", "400.00");
    assertThat(group.getString("byCurrency[0].total.amount")).isEqualTo("1430.00");
    assertThat(group.getInt("byCurrency[0].invoices")).isEqualTo(6);
    assertThat(group.getString("byCurrency[1].currency")).isEqualTo("USD");
    assertThat(amounts(group, "byCurrency[1].buckets"))
        .containsExactly("0.00", "0.00", "1000.00", "0.00", "0.00", "0.00", "0.00");
    assertThat(amounts(group, "functional.buckets"))
        .containsExactly("180.00", "200.00", "900.00", "250.00", "400.00", "0.00", "400.00");
    assertThat(group.getString("functional.total.amount")).isEqualTo("2330.00");
    assertThat(group.getInt("invoices")).isEqualTo(7);
  }

  /**
   * As of 2026-07-31: A4 is paid, A8 cancelled, A5 issued and A6 lowered by the write-off.
   *
   * <pre>
   * A1 100.00 31 days 31-60; A2 200.00 61 days 61-90; A3 250.00 92 days 91-180;
   * A5 999.00 due that day, not due; A6 500.00 - 100.00 - 150.00 = 250.00, 122 days 91-180;
   * A7 1000.00 USD 91 days 91-180.
   * EUR: 999.00, 0.00, 100.00, 200.00, 500.00, 0.00, 0.00 = 1799.00
   * </pre>
   */
  @Test
  void givenTheEndOfJuly_ageBySegment_takesTheLaterPaymentWriteOffAndCancellationIntoAccount() {
    JsonPath group = groupOf(age("2026-07-31", "segment", null), segment);

    assertThat(amounts(group, "byCurrency[0].buckets"))
        .containsExactly("999.00", "0.00", "100.00", "200.00", "500.00", "0.00", "0.00");
    assertThat(group.getString("byCurrency[0].total.amount")).isEqualTo("1799.00");
    assertThat(amounts(group, "byCurrency[1].buckets"))
        .containsExactly("0.00", "0.00", "0.00", "0.00", "1000.00", "0.00", "0.00");
  }

  /** Buckets 0,60: not due A1 + A8 = 180.00; 1-60 A2 200.00; over 60 A3 + A6 + A4 = 1050.00. */
  @Test
  void givenOwnBuckets_age_cutsAtThem() {
    JsonPath report = age("2026-06-30", "segment", "0,60");
    JsonPath group = groupOf(report, segment);

    assertThat(report.getList("buckets.label")).containsExactly("not due", "1-60", "over 60");
    assertThat(amounts(group, "byCurrency[0].buckets"))
        .containsExactly("180.00", "200.00", "1050.00");
  }

  @Test
  void givenTheWholeLedger_age_bucketsAddUpToTheOutstandingTotalOfAPlainSecondPath()
      throws Exception {
    for (String asOf : List.of("2026-06-30", "2026-07-31", "2026-12-31")) {
      JsonPath report = age(asOf, "currency", null);

      Map<String, String> byBuckets = new TreeMap<>();
      for (int i = 0; i < report.getList("totals.byCurrency").size(); i++) {
        String line = "totals.byCurrency[" + i + "]";
        BigDecimal sum =
            amounts(report, line + ".buckets").stream()
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum.toPlainString()).isEqualTo(report.getString(line + ".total.amount"));
        byBuckets.put(report.getString(line + ".currency"), sum.toPlainString());
      }
      assertThat(byBuckets).as(asOf).isEqualTo(outstandingByAPlainPath(LocalDate.parse(asOf)));
    }
  }

  @Test
  void givenTheSameDay_ageByCustomer_agreesWithTheStatement() {
    for (String asOf : List.of("2026-06-30", "2026-07-31")) {
      JsonPath group = groupOf(age(asOf, "customer", null), customer);
      JsonPath statement = statement(asOf);

      assertThat(statement.getString("totals[0].openInvoices.amount"))
          .isEqualTo(group.getString("byCurrency[0].total.amount"));
    }
  }

  @Test
  void givenTheEndOfJune_statement_showsOpenItemsUnappliedMoneyAndHistoryOfThatDay() {
    JsonPath statement = statement("2026-06-30");

    assertThat(statement.getList("openItems.invoiceNumber"))
        .containsExactly(n("A4"), n("A6"), n("A3"), n("A7"), n("A2"), n("A1"), n("A8"));
    assertThat(statement.getList("openItems.daysPastDue"))
        .containsExactly(515, 91, 61, 60, 30, 0, 0);
    assertThat(statement.getString("unappliedPayments[0].unappliedAmount.amount"))
        .isEqualTo("70.00");
    assertThat(statement.getString("unappliedCredits[0].creditNoteNumber"))
        .isEqualTo("CN2-" + customer);
    // EUR: open 1430.00, unapplied 70.00 and 30.00: balance 1330.00; USD: 1000.00
    assertThat(statement.getString("totals[0].currency")).isEqualTo("EUR");
    assertThat(statement.getString("totals[0].openInvoices.amount")).isEqualTo("1430.00");
    assertThat(statement.getString("totals[0].balance.amount")).isEqualTo("1330.00");
    assertThat(statement.getString("totals[1].balance.amount")).isEqualTo("1000.00");
    // 7 invoices issued by then, P2 and its allocation, P3, CN1, CN2 (P1 is dated July)
    assertThat(statement.getList("history")).hasSize(12);
  }

  @Test
  void givenBadParameters_ageAndStatement_answerProblemDetails() {
    String[][] cases = {
      {"/api/v1/ageing?asOf=2026-13-01", "400"},
      {"/api/v1/ageing?groupBy=region", "400"},
      {"/api/v1/ageing?buckets=30,60", "400"},
      {"/api/v1/ageing?buckets=0,60,30", "400"},
      {"/api/v1/customers/" + customer + "/statement?asOf=yesterday", "400"},
      {"/api/v1/customers/NO-SUCH-CUSTOMER/statement", "404"},
    };
    for (String[] c : cases) {
      get(ANALYST, c[0])
          .then()
          .statusCode(Integer.parseInt(c[1]))
          .contentType("application/problem+json");
    }
    get(ERP, "/api/v1/ageing").then().statusCode(403);
    get(TestTokens.forRole(Roles.AUDITOR), "/api/v1/ageing?groupBy=collector")
        .then()
        .statusCode(200);
  }

  /**
   * Outstanding per currency as of the day, computed without the ageing query: each invoice issued
   * by then, less each dated document that lowered it, summed document by document.
   */
  private Map<String, String> outstandingByAPlainPath(LocalDate asOf) throws Exception {
    String sql =
        """
        select i.currency, sum(i.amount
            - coalesce((select sum(a.amount) from allocation a
                          join payment p on p.payment_reference = a.payment_reference
                         where a.invoice_number = i.invoice_number and p.value_date <= ?), 0)
            - coalesce((select sum(c.amount) from credit_note c
                         where c.invoice_number = i.invoice_number and c.issue_date <= ?), 0)
            - coalesce((select sum(w.amount) from write_off w
                         where w.invoice_number = i.invoice_number and w.written_off_on <= ?), 0)
            - case when i.cancelled_on <= ? then i.amount else 0 end)
          from invoice i
         where i.issue_date <= ?
         group by i.currency""";
    Map<String, String> outstanding = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      for (int p = 1; p <= 5; p++) {
        query.setDate(p, Date.valueOf(asOf));
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          BigDecimal sum = rows.getBigDecimal(2).setScale(2);
          if (sum.signum() != 0) {
            outstanding.put(rows.getString(1), sum.toPlainString());
          }
        }
      }
    }
    return outstanding;
  }

  private static JsonPath age(String asOf, String groupBy, String buckets) {
    String query = "/api/v1/ageing?asOf=%s&groupBy=%s&size=1000".formatted(asOf, groupBy);
    return get(ANALYST, buckets == null ? query : query + "&buckets=" + buckets)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private JsonPath statement(String asOf) {
    return get(
            TestTokens.forRole(Roles.COLLECTOR),
            "/api/v1/customers/%s/statement?asOf=%s".formatted(customer, asOf))
        .then()
        .statusCode(200)
        .body("customerNumber", equalTo(customer))
        .extract()
        .jsonPath();
  }

  private static JsonPath groupOf(JsonPath report, String key) {
    List<Map<String, Object>> groups = report.getList("groups");
    for (int i = 0; i < groups.size(); i++) {
      if (key.equals(groups.get(i).get("key"))) {
        return JsonPath.from(report.prettify()).setRootPath("groups[" + i + "]");
      }
    }
    throw new AssertionError("no group " + key + " in " + report.prettify());
  }

  private static List<String> amounts(JsonPath json, String path) {
    return json.getList(path + ".amount", String.class);
  }

  private void inv(String name, String issued, String due, String amount, String currency) {
    invoice(n(name), customer, issued, due, amount, currency).then().statusCode(201);
  }

  private String n(String name) {
    return name + "-" + customer;
  }
}
