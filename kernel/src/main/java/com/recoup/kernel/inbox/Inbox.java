package com.recoup.kernel.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The inbox: remembers, per consumer, which event ids it has already applied. Called inside the
 * transaction that applies the event, so the record and the effect commit together and a repeated
 * delivery is recognised and skipped.
 */
@ApplicationScoped
public class Inbox {

  private static final String RECORD =
      "insert into inbox_event (consumer, event_id, event_type) values (?, ?, ?)"
          + " on conflict do nothing";

  @Inject AgroalDataSource dataSource;

  /** Records the delivery; true when the consumer has not seen this event before. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(String consumer, String eventId, String eventType) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(RECORD)) {
      insert.setString(1, consumer);
      insert.setString(2, eventId);
      insert.setString(3, eventType);
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("could not record the event in the inbox", e);
    }
  }
}
