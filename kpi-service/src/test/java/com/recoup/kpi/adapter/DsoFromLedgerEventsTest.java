package com.recoup.kpi.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import com.recoup.kernel.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ledger events produced onto the real recoup.ledger.v1 reach the read model, and DSO as of a date
 * comes out as computed by hand.
 *
 * <p>The service reads the topic from its beginning, so other tests' invoices are in the model too.
 * Their dates lie in this century; ours lie in a year of the 20th century drawn per run, and every
 * invoice of ours is closed soon after the date we ask about. Receivables as of our dates therefore
 * hold only our own open invoices, and no later run sees ours.
 */
@QuarkusTest
class DsoFromLedgerEventsTest {

  private static final int YEAR = ThreadLocalRandom.current().nextInt(1901, 1999);
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static LedgerTopic ledger;

  @BeforeAll
  static void openTopic() {
    ledger = new LedgerTopic();
  }

  @AfterAll
  static void closeTopic() {
    ledger.close();
  }

  @Test
  void givenThePublishedCalendarExampleAsEvents_dso_isComputedAsOfTheEndOfJanuary() {
    String customer = "C-KPI-" + suffix();
    String prior = String.valueOf(YEAR - 1);
    ledger.send(customer, LedgerTopic.customerUpserted(customer, "SEG-" + customer));
    issue(customer, "SEP", prior + "-09-15", "500.00");
    issue(customer, "OCT", prior + "-10-15", "700.00");
    issue(customer, "NOV", prior + "-11-15", "600.00");
    issue(customer, "DEC", prior + "-12-15", "400.00");
    issue(customer, "JAN", YEAR + "-01-15", "200.00");
    allocate(customer, "SEP", YEAR + "-01-10", "400.00");
    // Everything is closed on 1 February, the day after the date we ask about.
    allocate(customer, "SEP", YEAR + "-02-01", "100.00");
    allocate(customer, "OCT", YEAR + "-02-01", "700.00");
    allocate(customer, "NOV", YEAR + "-02-01", "600.00");
    allocate(customer, "DEC", YEAR + "-02-01", "400.00");
    ledger.send(
        customer,
        LedgerTopic.invoiceSettled(customer, invoice(customer, "JAN"), YEAR + "-02-01", "200.00"));

    // Open on 31 January: SEP 500 − 400 = 100, OCT 700, NOV 600, DEC 400, JAN 200 = 2,000.00;
    // on 1 February nothing. Events of one customer arrive in order, so once 1 February reads
    // zero while 31 January reads 2,000.00, every event above has been applied.
    awaitReceivables(YEAR + "-01-31", "2000.00", YEAR + "-02-01", "0.00");

    // Period, default 90 days ending 31 January: from 3 November of the year before
    // (Nov 3–30: 28 + Dec: 31 + Jan: 31 = 90). Sales NOV 600 + DEC 400 + JAN 200 = 1,200.00.
    // DSO = 2,000 / 1,200 × 90 = 150.00.
    JsonPath period = dso(YEAR + "-01-31", "period", null).jsonPath();
    assertThat(period.getString("method")).isEqualTo("PERIOD");
    assertThat(period.getString("variant")).isEqualTo("TRAILING_DAYS");
    assertThat(period.getInt("days")).isEqualTo(90);
    assertThat(period.getString("salesFrom")).isEqualTo(prior + "-11-03");
    assertThat(period.getMap("receivables")).isEqualTo(eur("2000.00"));
    assertThat(period.getMap("creditSales")).isEqualTo(eur("1200.00"));
    assertThat(period.getString("value")).isEqualTo("150.00");

    // Countback, the published example: 2,000 − Jan 200 − Dec 400 − Nov 600 − Oct 700 = 100
    // left after 31 + 31 + 30 + 31 = 123 days; September's 500 covers it: 100 / 500 × 30 = 6.
    // DSO = 129.00, using 200 + 400 + 600 + 700 + 500 = 2,400.00 of sales.
    JsonPath countback = dso(YEAR + "-01-31", "countback", null).jsonPath();
    assertThat(countback.getString("method")).isEqualTo("COUNTBACK");
    assertThat(countback.getString("variant")).isEqualTo("CALENDAR_MONTHS");
    assertThat(countback.getMap("creditSales")).isEqualTo(eur("2400.00"));
    assertThat(countback.getString("value")).isEqualTo("129.00");
    assertThat(countback.getList("monthsWalked.month"))
        .containsExactly(YEAR + "-01", prior + "-12", prior + "-11", prior + "-10", prior + "-09");
    assertThat(countback.getList("monthsWalked.days")).containsExactly(31, 31, 30, 31, 30);
  }

  @Test
  void givenTheSameAllocationEventDeliveredTwice_dso_countsItOnce() {
    String customer = "C-KPI-" + suffix();
    issue(customer, "OCT", YEAR + "-10-01", "1000.00");
    String allocation =
        LedgerTopic.paymentAllocated(
            customer, invoice(customer, "OCT"), "PAY-" + customer, YEAR + "-10-10", "300.00");
    ledger.send(customer, allocation);
    ledger.send(customer, allocation);
    allocate(customer, "OCT", YEAR + "-11-01", "700.00");

    // Counted once, 1,000 − 300 = 700.00 is open on 31 October (twice would leave 400.00);
    // the 700.00 of 1 November closes it.
    awaitReceivables(YEAR + "-10-31", "700.00", YEAR + "-11-01", "0.00");

    // 90 days ending 31 October start on 3 August; the only sale is the 1,000.00 of 1 October:
    // 700 / 1,000 × 90 = 63.00.
    JsonPath period = dso(YEAR + "-10-31", "period", null).jsonPath();
    assertThat(period.getMap("receivables")).isEqualTo(eur("700.00"));
    assertThat(period.getString("value")).isEqualTo("63.00");
  }

  @Test
  void givenAnInvoiceInAnotherFunctionalCurrency_consumed_itGoesToTheDeadLetterTopic() {
    String customer = "C-KPI-" + suffix();
    try (TopicReader dlq = TopicReader.atEndOf(LedgerTopic.TOPIC + ".dlq")) {
      ledger.send(
          customer,
          LedgerTopic.invoiceIssued(
              customer, invoice(customer, "USD"), "1900-01-02", "1900-02-01", "10.00", "USD"));

      ConsumerRecord<String, String> dead = dlq.await(keyed(customer), PATIENCE);

      assertThat(reason(dead)).contains("USD").contains("functional currency EUR");
    }
  }

  private static void issue(String customer, String suffix, String issueDate, String amount) {
    String due = LocalDate.parse(issueDate).plusDays(30).toString();
    ledger.send(
        customer,
        LedgerTopic.invoiceIssued(customer, invoice(customer, suffix), issueDate, due, amount));
  }

  private static void allocate(String customer, String suffix, String valueDate, String amount) {
    String payment = "PAY-" + UUID.randomUUID();
    ledger.send(
        customer,
        LedgerTopic.paymentAllocated(
            customer, invoice(customer, suffix), payment, valueDate, amount));
  }

  private static String invoice(String customer, String suffix) {
    return "INV-" + customer + "-" + suffix;
  }

  static Response dso(String asOf, String method, Integer days) {
    var request =
        given()
            .auth()
            .oauth2(TestTokens.forRole(Roles.FINANCE_ANALYST))
            .queryParam("asOf", asOf)
            .queryParam("method", method);
    if (days != null) {
      request.queryParam("days", days);
    }
    return request.get("/api/v1/figures/dso");
  }

  /** Waits until the receivables on both days read as expected. */
  private static void awaitReceivables(String day, String amount, String nextDay, String next) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      if (receivablesAre(day, amount) && receivablesAre(nextDay, next)) {
        return;
      }
      sleep();
    }
    throw new AssertionError(
        "receivables did not reach %s on %s and %s on %s".formatted(amount, day, next, nextDay));
  }

  private static boolean receivablesAre(String day, String amount) {
    Response response = dso(day, "countback", null);
    return response.statusCode() == 200
        && amount.equals(response.jsonPath().getString("receivables.amount"));
  }

  private static Map<String, String> eur(String amount) {
    return Map.of("amount", amount, "currency", "EUR");
  }

  private static Predicate<ConsumerRecord<String, String>> keyed(String key) {
    return record -> key.equals(record.key());
  }

  private static String reason(ConsumerRecord<String, String> record) {
    return new String(
        record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
