package com.recoup.kernel.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoup.kernel.event.CloudEvent;
import com.recoup.kernel.event.OutgoingEvent;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transactional outbox: an event is written to the {@code outbox_event} table in the same
 * database transaction as the state change it reports, so that either both commit or neither.
 * {@link OutboxRelay} publishes the rows to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

  private static final String INSERT =
      "insert into outbox_event (id, topic, partition_key, event_type, payload, occurred_at)"
          + " values (?, ?, ?, ?, ?, ?)";

  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;
  @Inject TransactionSynchronizationRegistry transactions;
  @Inject Event<OutboxCommitted> committed;

  @ConfigProperty(name = "recoup.events.source")
  String source;

  /** Appends an event for the topic; it becomes visible to the relay when the caller commits. */
  @Transactional(Transactional.TxType.MANDATORY)
  public CloudEvent append(String topic, OutgoingEvent event) {
    CloudEvent cloudEvent = toCloudEvent(event);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setObject(1, UUID.fromString(cloudEvent.id()));
      insert.setString(2, topic);
      insert.setString(3, cloudEvent.partitionkey());
      insert.setString(4, cloudEvent.type());
      insert.setString(5, mapper.writeValueAsString(cloudEvent));
      insert.setTimestamp(6, Timestamp.from(event.time().toInstant()));
      insert.executeUpdate();
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("could not write event to the outbox", e);
    }
    wakeRelayAfterCommit();
    return cloudEvent;
  }

  private CloudEvent toCloudEvent(OutgoingEvent event) {
    return new CloudEvent(
        CloudEvent.SPEC_VERSION,
        UUID.randomUUID().toString(),
        source,
        event.type(),
        event.subject(),
        event.time(),
        "application/json",
        "urn:recoup:schema:" + event.type(),
        event.partitionKey(),
        mapper.valueToTree(event.data()));
  }

  private void wakeRelayAfterCommit() {
    if (transactions.getResource(Outbox.class) != null) {
      return;
    }
    transactions.putResource(Outbox.class, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              committed.fire(new OutboxCommitted());
            }
          }
        });
  }

  /** Signal that new outbox rows are committed and the relay may publish them now. */
  public record OutboxCommitted() {}
}
