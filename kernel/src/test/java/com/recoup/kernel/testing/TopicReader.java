package com.recoup.kernel.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what a test's action put on a real Kafka topic: open it before the action (it starts at the
 * current end of every partition), then wait for the records that match.
 */
public final class TopicReader implements AutoCloseable {

  private final KafkaConsumer<String, String> consumer;

  private TopicReader(KafkaConsumer<String, String> consumer) {
    this.consumer = consumer;
  }

  public static TopicReader atEndOf(String topic) {
    return atEndOf(topic, System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"));
  }

  public static TopicReader atEndOf(String topic, String bootstrapServers) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties);
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    return new TopicReader(consumer);
  }

  /** Waits until a record matches, or fails after the timeout. */
  public ConsumerRecord<String, String> await(
      Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
    List<ConsumerRecord<String, String>> found = awaitCount(matching, 1, timeout);
    return found.get(0);
  }

  /** Waits until {@code count} records match, or fails after the timeout. */
  public List<ConsumerRecord<String, String>> awaitCount(
      Predicate<ConsumerRecord<String, String>> matching, int count, Duration timeout) {
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    Instant deadline = Instant.now().plus(timeout);
    while (found.size() < count && Instant.now().isBefore(deadline)) {
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
        if (matching.test(record)) {
          found.add(record);
        }
      }
    }
    if (found.size() < count) {
      throw new AssertionError(
          "expected %d matching records within %s, found %d"
              .formatted(count, timeout, found.size()));
    }
    return found;
  }

  /** Everything that arrives during the given time. */
  public List<ConsumerRecord<String, String>> drainFor(Duration duration) {
    List<ConsumerRecord<String, String>> all = new ArrayList<>();
    Instant deadline = Instant.now().plus(duration);
    while (Instant.now().isBefore(deadline)) {
      consumer.poll(Duration.ofMillis(200)).forEach(all::add);
    }
    return all;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
