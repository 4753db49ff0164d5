package com.recoup.collections.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.recoup.kernel.testing.KafkaBroker;
import com.recoup.kernel.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Guards the promise of the outbox: a state change made while the broker is down still reaches the
 * topic once the broker is back, because the event was committed with the change.
 */
@QuarkusTest
class OutboxSurvivesBrokerOutageTest {

  @Test
  void givenTheBrokerIsDown_invoicePosted_itsEventArrivesAfterTheBrokerReturns() {
    String customer = "C-OUT-" + UUID.randomUUID().toString().substring(0, 8);
    try (TopicReader ledger = TopicReader.atEndOf("recoup.ledger.v1")) {
      LedgerApiTest.upsertCustomer(customer);
      ledger.await(r -> customer.equals(r.key()), Duration.ofSeconds(20));

      KafkaBroker.stop();
      try {
        LedgerApiTest.postInvoice("INV-OUT-" + customer, customer, "99.90").then().statusCode(201);
      } finally {
        KafkaBroker.start();
      }

      ConsumerRecord<String, String> issued =
          ledger.await(
              r -> customer.equals(r.key()) && r.value().contains("invoice.issued"),
              Duration.ofSeconds(60));
      assertThat(issued.value()).contains("INV-OUT-" + customer).contains("\"99.90\"");
    }
  }
}
