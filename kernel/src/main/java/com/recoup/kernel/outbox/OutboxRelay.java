package com.recoup.kernel.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes committed outbox rows to Kafka in commit order and marks them published.
 *
 * <p>It runs on one thread of its own, woken when a transaction with events commits and otherwise
 * polling. While Kafka is unreachable it keeps the rows and retries with a growing pause, so an
 * outage delays events but never loses them. Delivery is at least once: a row whose send succeeded
 * but whose mark did not commit is sent again, and consumers drop the repeat through their inbox.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final String SELECT_BATCH =
      "select id, topic, partition_key, payload from outbox_event where published_at is null"
          + " order by seq limit ? for update skip locked";
  private static final String MARK_PUBLISHED =
      "update outbox_event set published_at = now() where id = any(?)";
  private static final String MARK_FAILED =
      "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?";
  private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

  @Inject AgroalDataSource dataSource;
  @Inject MeterRegistry meters;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @ConfigProperty(name = "recoup.outbox.relay.enabled", defaultValue = "true")
  boolean enabled;

  @ConfigProperty(name = "recoup.outbox.batch-size", defaultValue = "500")
  int batchSize;

  @ConfigProperty(name = "recoup.outbox.poll-interval", defaultValue = "PT0.5S")
  Duration pollInterval;

  private final Semaphore wakeUp = new Semaphore(0);
  private volatile boolean running;
  private Thread worker;
  private KafkaProducer<String, String> producer;
  private Counter published;
  private Counter failed;

  void start(@Observes StartupEvent startup) {
    if (!enabled) {
      Log.info("outbox relay disabled by configuration");
      return;
    }
    producer = new KafkaProducer<>(producerProperties());
    published = meters.counter("recoup.outbox.published");
    failed = meters.counter("recoup.outbox.failed");
    running = true;
    worker = new Thread(this::loop, "outbox-relay");
    worker.setDaemon(true);
    worker.start();
  }

  void stop(@Observes ShutdownEvent shutdown) {
    running = false;
    if (worker != null) {
      wakeUp.release();
      joinQuietly(worker);
      producer.close(Duration.ofSeconds(5));
    }
  }

  void onCommit(@Observes Outbox.OutboxCommitted committed) {
    wakeUp.release();
  }

  private void loop() {
    Duration pause = Duration.ZERO;
    while (running) {
      BatchResult result;
      try {
        result = publishBatch();
      } catch (RuntimeException e) {
        Log.warnf("outbox relay could not read the outbox: %s", e.getMessage());
        result = new BatchResult(0, 1);
      }
      pause = result.failed() > 0 ? longer(pause) : Duration.ZERO;
      if (result.failed() > 0 || result.published() == 0) {
        awaitWakeUp(result.failed() > 0 ? pause : pollInterval);
      }
    }
  }

  private BatchResult publishBatch() {
    return QuarkusTransaction.requiringNew().timeout(60).call(this::publishInTransaction);
  }

  private BatchResult publishInTransaction() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      List<Row> rows = selectBatch(connection);
      if (rows.isEmpty()) {
        return new BatchResult(0, 0);
      }
      List<UUID> done = new ArrayList<>();
      int failures = send(connection, rows, done);
      markPublished(connection, done);
      published.increment(done.size());
      failed.increment(failures);
      return new BatchResult(done.size(), failures);
    }
  }

  private List<Row> selectBatch(Connection connection) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(SELECT_BATCH)) {
      select.setInt(1, batchSize);
      try (ResultSet resultSet = select.executeQuery()) {
        while (resultSet.next()) {
          rows.add(
              new Row(
                  resultSet.getObject(1, UUID.class),
                  resultSet.getString(2),
                  resultSet.getString(3),
                  resultSet.getString(4)));
        }
      }
    }
    return rows;
  }

  private int send(Connection connection, List<Row> rows, List<UUID> done) throws SQLException {
    List<Future<?>> sends = new ArrayList<>(rows.size());
    int failures = 0;
    for (Row row : rows) {
      try {
        sends.add(producer.send(row.toRecord()));
      } catch (RuntimeException unreachable) {
        failures = rows.size() - sends.size();
        markFailed(connection, row.id(), unreachable);
        break;
      }
    }
    for (int i = 0; i < sends.size(); i++) {
      try {
        sends.get(i).get(30, TimeUnit.SECONDS);
        done.add(rows.get(i).id());
      } catch (Exception e) {
        failures++;
        markFailed(connection, rows.get(i).id(), e);
      }
    }
    if (failures > 0) {
      Log.warnf("outbox relay kept %d events after a failed send; will retry", failures);
    }
    return failures;
  }

  private void markPublished(Connection connection, List<UUID> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement update = connection.prepareStatement(MARK_PUBLISHED)) {
      Array array = connection.createArrayOf("uuid", ids.toArray());
      update.setArray(1, array);
      update.executeUpdate();
    }
  }

  private void markFailed(Connection connection, UUID id, Exception e) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(MARK_FAILED)) {
      String reason = e.getCause() != null ? e.getCause().toString() : e.toString();
      update.setString(1, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
      update.setObject(2, id);
      update.executeUpdate();
    }
  }

  private Properties producerProperties() {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, "2");
    properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
    properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
    properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
    properties.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
    return properties;
  }

  private void awaitWakeUp(Duration timeout) {
    try {
      wakeUp.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
      wakeUp.drainPermits();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static Duration longer(Duration pause) {
    Duration next = pause.isZero() ? Duration.ofMillis(200) : pause.multipliedBy(2);
    return next.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : next;
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Row(UUID id, String topic, String key, String payload) {
    ProducerRecord<String, String> toRecord() {
      ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
      record
          .headers()
          .add(
              new RecordHeader(
                  "content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8)));
      return record;
    }
  }

  private record BatchResult(int published, int failed) {}
}
