package com.recoup.collections.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import com.recoup.kernel.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** An ERP may publish documents on Kafka instead of calling REST; bad ones are dead-lettered. */
@QuarkusTest
class ErpInboundTest {

  private static final String TOPIC = "recoup.erp.inbound.v1";

  @Test
  void givenAValidInvoiceEvent_consumed_theInvoiceIsInTheLedger() throws Exception {
    String customer = LedgerApiTest.upsertCustomer("C-ERP-" + suffix());
    String invoice = "INV-ERP-" + customer;
    send(
        customer,
        event(
            "recoup.erp.invoice.issued.v1",
            customer,
            """
        {"invoiceNumber":"%s","customerNumber":"%s","issueDate":"2026-11-02",
         "dueDate":"2026-12-02","amount":{"amount":"77.70","currency":"EUR"}}"""
                .formatted(invoice, customer)));

    awaitInvoice(invoice);
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.COLLECTOR))
        .get("/api/v1/invoices/" + invoice)
        .then()
        .body("openAmount.amount", equalTo("77.70"));
  }

  @Test
  void givenAPoisonRecord_consumed_itLandsOnTheDeadLetterTopicWithTheReason() throws Exception {
    String key = "C-POISON-" + suffix();
    try (TopicReader dlq = TopicReader.atEndOf(TOPIC + ".dlq")) {
      send(key, "this is not JSON");
      send(
          key,
          event(
              "recoup.erp.invoice.issued.v1",
              key,
              """
          {"invoiceNumber":"X","customerNumber":"%s","issueDate":"2026-11-02",
           "dueDate":"2026-12-02","amount":{"amount":10.5,"currency":"EUR"}}"""
                  .formatted(key)));

      // Every test JVM on the machine consumes the inbound topic in its own group and dead-letters
      // the same poison, so one reason may arrive more than once: count each reason once.
      Set<String> reasons = new HashSet<>();
      var dead =
          dlq.awaitCount(
              r -> key.equals(r.key()) && reasons.add(reason(r)), 2, Duration.ofSeconds(30));

      assertThat(dead)
          .extracting(ErpInboundTest::reason)
          .anySatisfy(reason -> assertThat(reason).contains("not JSON"))
          .anySatisfy(reason -> assertThat(reason).contains("does not match its schema"));
    }
  }

  private static String reason(ConsumerRecord<String, String> record) {
    return new String(
        record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
  }

  private static void awaitInvoice(String invoice) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      int status =
          given()
              .auth()
              .oauth2(TestTokens.forRole(Roles.COLLECTOR))
              .get("/api/v1/invoices/" + invoice)
              .statusCode();
      if (status == 200) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("invoice " + invoice + " did not arrive through Kafka");
  }

  private static String event(String type, String customer, String data) {
    return """
        {"specversion":"1.0","id":"%s","source":"/erp/test","type":"%s",
         "time":"2026-11-02T10:00:00Z","datacontenttype":"application/json",
         "partitionkey":"%s","data":%s}"""
        .formatted(UUID.randomUUID(), type, customer, data);
  }

  private static void send(String key, String value) throws Exception {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
      producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
    }
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
