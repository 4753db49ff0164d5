package com.recoup.kpi.adapter;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays the ledger in tests: builds valid CloudEvents of the ledger's types, the way
 * collections-service publishes them, and sends them to the real recoup.ledger.v1 keyed by customer
 * number, so one customer's events arrive in order.
 */
final class LedgerTopic implements AutoCloseable {

  static final String TOPIC = "recoup.ledger.v1";
  private static final String CONTENT_TYPE = "content-type";
  private static final String STRUCTURED = "application/cloudevents+json";

  private final KafkaProducer<String, String> producer = new KafkaProducer<>(properties());

  /**
   * Sends the value under the key, with the structured-mode content type the outbox relay sets, and
   * waits until the broker has it.
   */
  void send(String key, String value) {
    ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, value);
    record.headers().add(CONTENT_TYPE, STRUCTURED.getBytes(StandardCharsets.UTF_8));
    try {
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not send to " + TOPIC, e);
    }
  }

  static String customerUpserted(String customer, String segment) {
    return event(
        "recoup.ledger.customer.upserted.v1",
        "customer/" + customer,
        customer,
        """
        {"customerNumber":"%s","name":"Test customer","country":"DE","currency":"EUR",
         "paymentTermsDays":30,"segment":"%s","collector":"collector-1","paperless":true}"""
            .formatted(customer, segment));
  }

  static String invoiceIssued(
      String customer, String invoice, String issueDate, String dueDate, String amount) {
    return invoiceIssued(customer, invoice, issueDate, dueDate, amount, "EUR");
  }

  static String invoiceIssued(
      String customer,
      String invoice,
      String issueDate,
      String dueDate,
      String amount,
      String functionalCurrency) {
    return event(
        "recoup.ledger.invoice.issued.v1",
        "invoice/" + invoice,
        customer,
        """
        {"invoiceNumber":"%s","customerNumber":"%s","issueDate":"%s","dueDate":"%s",
         "amount":{"amount":"%s","currency":"%s"},
         "functionalAmount":{"amount":"%s","currency":"%s"},"purchaseOrder":null}"""
            .formatted(
                invoice,
                customer,
                issueDate,
                dueDate,
                amount,
                functionalCurrency,
                amount,
                functionalCurrency));
  }

  static String paymentAllocated(
      String customer, String invoice, String payment, String valueDate, String amount) {
    return event(
        "recoup.ledger.payment.allocated.v1",
        "invoice/" + invoice,
        customer,
        """
        {"paymentReference":"%s","customerNumber":"%s","invoiceNumber":"%s","valueDate":"%s",
         "amount":{"amount":"%s","currency":"EUR"},
         "functionalAmount":{"amount":"%s","currency":"EUR"},
         "invoiceOpenAmount":{"amount":"0.00","currency":"EUR"},"method":"EXPLICIT"}"""
            .formatted(payment, customer, invoice, valueDate, amount, amount));
  }

  static String invoiceSettled(String customer, String invoice, String settledOn, String amount) {
    return event(
        "recoup.ledger.invoice.settled.v1",
        "invoice/" + invoice,
        customer,
        """
        {"invoiceNumber":"%s","customerNumber":"%s","settledOn":"%s",
         "amount":{"amount":"%s","currency":"EUR"}}"""
            .formatted(invoice, customer, settledOn, amount));
  }

  private static String event(String type, String subject, String customer, String data) {
    return """
        {"specversion":"1.0","id":"%s","source":"/recoup/kpi-service-test","type":"%s",
         "subject":"%s","time":"2026-11-02T10:00:00Z","datacontenttype":"application/json",
         "dataschema":"urn:recoup:schema:%s","partitionkey":"%s","data":%s}"""
        .formatted(UUID.randomUUID(), type, subject, type, customer, data);
  }

  private static Properties properties() {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    return properties;
  }

  @Override
  public void close() {
    producer.close();
  }
}
