package com.recoup.alerting.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.recoup.kernel.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** An event that cannot be applied goes to the dead-letter topic; others it ignores pass by. */
@QuarkusTest
class PoisonLedgerEventTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Test
  void givenInvoiceWithAFloatAmount_consume_sendsOnlyItToTheDeadLetterTopic() {
    String customer = "ALT-" + UUID.randomUUID().toString().substring(0, 8) + "-P";
    try (TopicReader deadLetters = TopicReader.atEndOf("recoup.ledger.v1.dlq");
        LedgerEventProducer ledger = new LedgerEventProducer()) {
      ledger.customerUpserted(customer, "NOK");
      ledger.sendRaw(customer, invoiceWithNumericAmount(customer));

      ConsumerRecord<String, String> dead =
          deadLetters.await(record -> customer.equals(record.key()), TIMEOUT);
      assertThat(reasonOf(dead)).contains("does not match its schema");
      assertThat(dead.value()).contains("\"amount\":1250.5");

      List<ConsumerRecord<String, String>> more = deadLetters.drainFor(Duration.ofSeconds(2));
      assertThat(more).noneMatch(record -> customer.equals(record.key()));
    }
  }

  private static String reasonOf(ConsumerRecord<String, String> record) {
    Header reason = record.headers().lastHeader("dead-letter-reason");
    assertThat(reason).as("dead-letter-reason header").isNotNull();
    return new String(reason.value(), StandardCharsets.UTF_8);
  }

  private static String invoiceWithNumericAmount(String customer) {
    return """
        {"specversion":"1.0","id":"%s","source":"/recoup/collections-service",
         "type":"recoup.ledger.invoice.issued.v1","time":"2026-03-02T09:00:00Z",
         "partitionkey":"%s","data":{"invoiceNumber":"INV-P","customerNumber":"%s",
         "issueDate":"2026-03-02","dueDate":"2026-04-01",
         "amount":{"amount":1250.5,"currency":"NOK"},
         "functionalAmount":{"amount":"1250.50","currency":"NOK"}}}
        """
        .formatted(UUID.randomUUID(), customer, customer);
  }
}
