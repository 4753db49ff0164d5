package com.recoup.alerting.adapter.in.kafka;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoup.alerting.application.port.out.OpenReceivableRepository;
import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.kernel.domain.Money;
import com.recoup.kernel.event.EventSchemas;
import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import com.recoup.kernel.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Ledger events on the real broker raise, deduplicate and resolve a concentration alert, observed
 * on the real alerts topic.
 *
 * <p>The portfolio is in NOK, a functional currency no other test on the shared broker uses, so
 * that ledger events of other services' test runs cannot change its total. Customer numbers are new
 * on every run.
 */
@QuarkusTest
class ConcentrationAlertFlowTest {

  private static final String NOK = "NOK";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String RAISED = "recoup.alerts.alert.raised.v1";
  private static final String ACKNOWLEDGED = "recoup.alerts.alert.acknowledged.v1";
  private static final String RESOLVED = "recoup.alerts.alert.resolved.v1";

  private final ObjectMapper mapper = new ObjectMapper();
  private final EventSchemas schemas = new EventSchemas();
  private final String run = "ALT-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<String> alertTypesForA = new ArrayList<>();

  @Inject OpenReceivableRepository receivables;

  @Test
  void givenLedgerEvents_oneCustomerAboveAQuarter_raisesOnceAndResolvesAfterPayment() {
    String a = run + "-A";
    try (TopicReader alerts = TopicReader.atEndOf("recoup.alerts.v1");
        LedgerEventProducer ledger = new LedgerEventProducer()) {
      // B, C, D and E owe 2,000.00 NOK each: 8,000.00 < 10,000.00, too small to judge,
      // although B alone was 100 % of it after its invoice
      for (String other : List.of("B", "C", "D", "E")) {
        ledger.invoiceIssued(run + "-" + other, run + "-INV-" + other, "2000.00", NOK);
      }
      for (String other : List.of("B", "C", "D", "E")) {
        awaitOpenAmount(run + "-" + other, "2000.00");
      }

      // A is invoiced 4,000.00: 4,000 / 12,000 x 100 = 33.33 % > 25.00 %
      ledger.invoiceIssued(a, run + "-INV-A1", "4000.00", NOK);
      JsonNode raised = validData(alerts.await(recordOf(a, RAISED), TIMEOUT));
      assertThat(raised.get("customerNumber").asText()).isEqualTo(a);
      assertThat(raised.get("subject").asText()).isEqualTo("customer/" + a);
      assertThat(raised.get("ruleId").asText()).isEqualTo("concentration-25");
      assertThat(raised.get("ruleType").asText()).isEqualTo("CONCENTRATION");
      assertThat(raised.get("severity").asText()).isEqualTo("WARNING");
      assertThat(raised.get("currency").asText()).isEqualTo(NOK);
      assertThat(raised.get("raisedAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
      assertFigures(raised, "33.33", "4000.00", "12000.00");
      String alertId = raised.get("alertId").asText();

      // a collector acknowledges it
      given()
          .auth()
          .oauth2(TestTokens.forUser("mei.chen", Roles.COLLECTOR))
          .post("/api/v1/alerts/{id}/acknowledgement", alertId)
          .then()
          .statusCode(200)
          .body("state", equalTo("ACKNOWLEDGED"))
          .body("acknowledgedBy", equalTo("mei.chen"));
      JsonNode acknowledged = validData(alerts.await(recordOf(a, ACKNOWLEDGED), TIMEOUT));
      assertThat(acknowledged.get("alertId").asText()).isEqualTo(alertId);
      assertThat(acknowledged.get("acknowledgedBy").asText()).isEqualTo("mei.chen");

      // A is invoiced 1,000.00 more: 5,000 / 13,000 = 38.46 %, still above: no second alert
      ledger.invoiceIssued(a, run + "-INV-A2", "1000.00", NOK);
      // A pays 2,500.00 of its first invoice: 2,500 / 10,500 = 23.8095 % -> 23.81 % <= 25.00 %
      ledger.paymentAllocated(a, run + "-INV-A1", "2500.00", "1500.00", NOK);
      JsonNode resolved = validData(alerts.await(recordOf(a, RESOLVED), TIMEOUT));
      assertThat(resolved.get("alertId").asText()).isEqualTo(alertId);
      assertThat(resolved.get("acknowledgedBy").asText()).isEqualTo("mei.chen");
      assertThat(resolved.get("resolvedAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
      assertFigures(resolved, "23.81", "2500.00", "10500.00");
    }

    // A's records keep their order on one partition: had the repeat raised, it would show here
    assertThat(alertTypesForA).containsExactly(RAISED, ACKNOWLEDGED, RESOLVED);
    assertAlertCount(a, 1);
    assertAlertCount(run + "-B", 0);
  }

  private void assertFigures(JsonNode data, String share, String open, String total) {
    JsonNode figures = data.get("figures");
    assertThat(figures.get("share").asText()).isEqualTo(share);
    assertThat(figures.get("threshold").asText()).isEqualTo("25.00");
    assertThat(figures.get("customerOpenAmount").asText()).isEqualTo(open);
    assertThat(figures.get("portfolioTotal").asText()).isEqualTo(total);
    assertThat(figures.get("minimumPortfolioTotal").asText()).isEqualTo("10000.00");
  }

  private void assertAlertCount(String customer, int count) {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.AUDITOR))
        .queryParam("customerNumber", customer)
        .get("/api/v1/alerts")
        .then()
        .statusCode(200)
        .body("total", equalTo(count));
  }

  /** Matches the customer's record of one type, noting every alert type seen for customer A. */
  private Predicate<ConsumerRecord<String, String>> recordOf(String customer, String type) {
    return record -> {
      String recordType = read(record).get("type").asText();
      if ((run + "-A").equals(record.key())) {
        alertTypesForA.add(recordType);
      }
      return customer.equals(record.key()) && type.equals(recordType);
    };
  }

  private JsonNode validData(ConsumerRecord<String, String> record) {
    JsonNode event = read(record);
    assertThat(schemas.violations(event)).isEmpty();
    assertThat(event.get("source").asText()).isEqualTo("/recoup/alerting-service");
    assertThat(event.get("partitionkey").asText()).isEqualTo(record.key());
    assertThat(event.get("subject").asText())
        .isEqualTo("alert/" + event.get("data").get("alertId").asText());
    return event.get("data");
  }

  private JsonNode read(ConsumerRecord<String, String> record) {
    try {
      return mapper.readTree(record.value());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitOpenAmount(String customer, String amount) {
    Money expected = Money.of(amount, NOK);
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (!expected.equals(openAmountOf(customer))) {
      assertThat(Instant.now()).as("open amount of %s", customer).isBefore(deadline);
      pause();
    }
  }

  private Money openAmountOf(String customer) {
    return QuarkusTransaction.requiringNew()
        .call(() -> receivables.find(new CustomerNumber(customer), Money.currencyOf(NOK)).open());
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
