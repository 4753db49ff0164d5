package com.recoup.alerting.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recoup.kernel.event.EventSchemas;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts ledger events on the real {@code recoup.ledger.v1} topic as collections-service would:
 * structured CloudEvents keyed by the customer number, checked against their schemas first so that
 * a test never blames the service for an event the test got wrong.
 */
final class LedgerEventProducer implements AutoCloseable {

  static final String TOPIC = "recoup.ledger.v1";
  private static final String CONTENT_TYPE = "application/cloudevents+json";
  private static final String TIME = "2026-03-02T09:00:00Z";
  private static final LocalDate ISSUED = LocalDate.parse("2026-03-02");

  private final ObjectMapper mapper = new ObjectMapper();
  private final EventSchemas schemas = new EventSchemas();
  private final KafkaProducer<String, String> producer;

  LedgerEventProducer() {
    Properties properties = new Properties();
    properties.put(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"));
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(properties);
  }

  void invoiceIssued(String customer, String invoiceNumber, String amount, String currency) {
    ObjectNode data = mapper.createObjectNode();
    data.put("invoiceNumber", invoiceNumber);
    data.put("customerNumber", customer);
    data.put("issueDate", ISSUED.toString());
    data.put("dueDate", ISSUED.plusDays(30).toString());
    data.set("amount", money(amount, currency));
    data.set("functionalAmount", money(amount, currency));
    data.putNull("purchaseOrder");
    send("recoup.ledger.invoice.issued.v1", "invoice/" + invoiceNumber, customer, data);
  }

  void paymentAllocated(
      String customer, String invoiceNumber, String amount, String openAfter, String currency) {
    ObjectNode data = mapper.createObjectNode();
    String reference = "PAY-" + UUID.randomUUID();
    data.put("paymentReference", reference);
    data.put("customerNumber", customer);
    data.put("invoiceNumber", invoiceNumber);
    data.put("valueDate", ISSUED.plusDays(3).toString());
    data.set("amount", money(amount, currency));
    data.set("functionalAmount", money(amount, currency));
    data.set("invoiceOpenAmount", money(openAfter, currency));
    data.put("method", "INVOICE_NUMBER");
    send("recoup.ledger.payment.allocated.v1", "payment/" + reference, customer, data);
  }

  void customerUpserted(String customer, String currency) {
    ObjectNode data = mapper.createObjectNode();
    data.put("customerNumber", customer);
    data.put("name", "Customer " + customer);
    data.put("country", "NO");
    data.put("currency", currency);
    data.put("paymentTermsDays", 30);
    data.put("paperless", true);
    send("recoup.ledger.customer.upserted.v1", "customer/" + customer, customer, data);
  }

  /** Sends a raw record value as it is, for events that must not pass. */
  void sendRaw(String customer, String value) {
    sendRecord(customer, value);
  }

  private void send(String type, String subject, String customer, ObjectNode data) {
    ObjectNode event = mapper.createObjectNode();
    event.put("specversion", "1.0");
    event.put("id", UUID.randomUUID().toString());
    event.put("source", "/recoup/collections-service");
    event.put("type", type);
    event.put("subject", subject);
    event.put("time", TIME);
    event.put("datacontenttype", "application/json");
    event.put("dataschema", "urn:recoup:schema:" + type);
    event.put("partitionkey", customer);
    event.set("data", data);
    assertThat(schemas.violations(event)).as("the test's own %s event", type).isEmpty();
    sendRecord(customer, event.toString());
  }

  /**
   * Sends with the content-type header the outbox relay sets. It guards a real failure: with that
   * header the Kafka connector's CloudEvents support handed the consumer a JSON object instead of
   * the text, and every ledger event failed with a ClassCastException.
   */
  private void sendRecord(String customer, String value) {
    ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, customer, value);
    record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
    try {
      producer.send(record).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not send to " + TOPIC, e);
    }
  }

  private ObjectNode money(String amount, String currency) {
    return mapper.createObjectNode().put("amount", amount).put("currency", currency);
  }

  @Override
  public void close() {
    producer.close();
  }
}
