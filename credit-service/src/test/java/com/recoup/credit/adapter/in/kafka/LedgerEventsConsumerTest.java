package com.recoup.credit.adapter.in.kafka;

import static com.recoup.credit.adapter.in.kafka.LedgerEvents.customerUpserted;
import static com.recoup.credit.adapter.in.kafka.LedgerEvents.invoiceIssued;
import static com.recoup.credit.adapter.in.kafka.LedgerEvents.paymentAllocated;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import com.recoup.kernel.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerEventsConsumerTest {

  private static final Duration PATIENCE = Duration.ofSeconds(15);
  private static LedgerEvents ledger;

  @BeforeAll
  static void connect() {
    ledger = new LedgerEvents();
  }

  @AfterAll
  static void disconnect() {
    ledger.close();
  }

  @Test
  void givenACustomerAndAnInvoice_whenTheLedgerPublishesThem_thenTheProfileShowsTheExposure() {
    String customer = newCustomer();

    ledger.send(customerUpserted(customer, "Müller Maschinenbau GmbH", "KEY_ACCOUNT"));
    ledger.send(invoiceIssued(customer, "INV-" + customer, "2026-03-31", "1250.00"));

    // one invoice of 1250.00, nothing paid: exposure 1250.00
    JsonPath profile = awaitProfile(customer, p -> p.getInt("openInvoiceCount") == 1);
    assertThat(profile.getString("exposure.amount")).isEqualTo("1250.00");
    assertThat(profile.getString("exposure.currency")).isEqualTo("EUR");
    assertThat(profile.getString("name")).isEqualTo("Müller Maschinenbau GmbH");
    assertThat(profile.getString("segment")).isEqualTo("KEY_ACCOUNT");
    assertThat(profile.getString("oldestOpenDueDate")).isEqualTo("2026-03-31");
  }

  @Test
  void givenTheSameAllocationDeliveredTwice_whenApplied_thenTheExposureDropsOnce() {
    String customer = newCustomer();
    ledger.send(invoiceIssued(customer, "INV-A-" + customer, "2026-03-31", "1000.00"));
    ObjectNode allocation = paymentAllocated(customer, "INV-A-" + customer, "300.00", "700.00");

    ledger.send(allocation);
    ledger.send(allocation);
    ledger.send(invoiceIssued(customer, "INV-B-" + customer, "2026-04-30", "50.00"));

    // the last invoice arrives after both deliveries on the customer's partition, so once it
    // shows, both were handled: 1000.00 - 300.00 + 50.00 = 750.00 (twice would give 450.00)
    JsonPath profile = awaitProfile(customer, p -> p.getInt("openInvoiceCount") == 2);
    assertThat(profile.getString("exposure.amount")).isEqualTo("750.00");
  }

  @Test
  void givenARecordThatIsNotJson_whenConsumed_thenItLandsOnTheDeadLetterTopicWithTheReason() {
    String key = "poison-" + UUID.randomUUID();
    try (TopicReader deadLetters = TopicReader.atEndOf(LedgerEvents.TOPIC + ".dlq")) {

      ledger.sendRaw(key, "this is not an event {");

      ConsumerRecord<String, String> dead =
          deadLetters.await(record -> key.equals(record.key()), Duration.ofSeconds(20));
      Header reason = dead.headers().lastHeader("dead-letter-reason");
      assertThat(reason).isNotNull();
      assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("not JSON");
      assertThat(dead.value()).isEqualTo("this is not an event {");
    }
  }

  private static String newCustomer() {
    return "C-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static JsonPath awaitProfile(String customer, Predicate<JsonPath> ready) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      Response response =
          given()
              .auth()
              .oauth2(TestTokens.forRole(Roles.CREDIT_ANALYST))
              .get("/api/v1/credit-profiles/{customer}", customer);
      if (response.statusCode() == 200 && ready.test(response.jsonPath())) {
        return response.jsonPath();
      }
      pause();
    }
    throw new AssertionError("profile of " + customer + " not as expected within " + PATIENCE);
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
