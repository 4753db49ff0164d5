package com.recoup.credit.adapter.in.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts ledger events on the real {@code recoup.ledger.v1} topic as collections-service would:
 * structured CloudEvents keyed by the customer number.
 */
final class LedgerEvents implements AutoCloseable {

  static final String TOPIC = "recoup.ledger.v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KafkaProducer<String, String> producer;

  LedgerEvents() {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(properties);
  }

  /** Sends a raw record value and waits until the broker has it. */
  void sendRaw(String key, String value) {
    try {
      producer.send(new ProducerRecord<>(TOPIC, key, value)).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not send to " + TOPIC, e);
    }
  }

  /** Sends an event (from one of the builders below) keyed by its customer. */
  void send(ObjectNode event) {
    sendRaw(event.get("partitionkey").asText(), event.toString());
  }

  static ObjectNode customerUpserted(String customer, String name, String segment) {
    ObjectNode data = JSON.createObjectNode();
    data.put("customerNumber", customer);
    data.put("name", name);
    data.put("country", "DE");
    data.put("currency", "EUR");
    data.put("paymentTermsDays", 30);
    data.put("segment", segment);
    data.put("paperless", true);
    return envelope("recoup.ledger.customer.upserted.v1", "customer/" + customer, customer, data);
  }

  static ObjectNode invoiceIssued(String customer, String invoice, String dueDate, String eur) {
    ObjectNode data = JSON.createObjectNode();
    data.put("invoiceNumber", invoice);
    data.put("customerNumber", customer);
    data.put("issueDate", "2026-02-01");
    data.put("dueDate", dueDate);
    data.set("amount", JSON.valueToTree(Map.of("amount", eur, "currency", "EUR")));
    data.set("functionalAmount", JSON.valueToTree(Map.of("amount", eur, "currency", "EUR")));
    return envelope("recoup.ledger.invoice.issued.v1", "invoice/" + invoice, customer, data);
  }

  static ObjectNode paymentAllocated(String customer, String invoice, String eur, String left) {
    ObjectNode data = JSON.createObjectNode();
    data.put("paymentReference", "PAY-" + invoice);
    data.put("customerNumber", customer);
    data.put("invoiceNumber", invoice);
    data.put("valueDate", "2026-02-20");
    data.set("amount", JSON.valueToTree(Map.of("amount", eur, "currency", "EUR")));
    data.set("functionalAmount", JSON.valueToTree(Map.of("amount", eur, "currency", "EUR")));
    data.set("invoiceOpenAmount", JSON.valueToTree(Map.of("amount", left, "currency", "EUR")));
    data.put("method", "EXPLICIT");
    return envelope("recoup.ledger.payment.allocated.v1", "payment/PAY-" + invoice, customer, data);
  }

  private static ObjectNode envelope(
      String type, String subject, String customer, ObjectNode data) {
    ObjectNode event = JSON.createObjectNode();
    event.put("specversion", "1.0");
    event.put("id", UUID.randomUUID().toString());
    event.put("source", "/recoup/collections-service");
    event.put("type", type);
    event.put("subject", subject);
    event.put("time", "2026-02-01T08:00:00+01:00");
    event.put("datacontenttype", "application/json");
    event.put("dataschema", "urn:recoup:schema:" + type);
    event.put("partitionkey", customer);
    event.set("data", data);
    return event;
  }

  @Override
  public void close() {
    producer.close();
  }
}
