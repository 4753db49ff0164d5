package com.recoup.kernel.http;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Remembers, per caller and {@code Idempotency-Key}, the request's fingerprint and the response it
 * got, so that a retried POST gets the first answer instead of creating a second document. Each
 * call is its own short transaction, apart from the request's business transaction.
 */
@ApplicationScoped
public class IdempotencyStore {

  /** After this long an unfinished request is taken to have died and its key may be reused. */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

  private static final String CLAIM =
      "insert into idempotency_record (caller, idempotency_key, request_hash, state)"
          + " values (?, ?, ?, 'IN_FLIGHT') on conflict do nothing";
  private static final String FIND =
      "select request_hash, state, status, content_type, response_body,"
          + " created_at < now() - make_interval(secs => ?) as abandoned"
          + " from idempotency_record where caller = ? and idempotency_key = ?";
  private static final String RECLAIM =
      "update idempotency_record set request_hash = ?, state = 'IN_FLIGHT', created_at = now()"
          + " where caller = ? and idempotency_key = ? and state = 'IN_FLIGHT'";
  private static final String COMPLETE =
      "update idempotency_record set state = 'COMPLETED', status = ?, content_type = ?,"
          + " response_body = ?, completed_at = now() where caller = ? and idempotency_key = ?";
  private static final String RELEASE =
      "delete from idempotency_record where caller = ? and idempotency_key = ?";

  @Inject AgroalDataSource dataSource;

  /** The outcome of presenting a key: go ahead, replay the stored answer, or refuse. */
  public sealed interface Claim {
    /** First time this key is seen: process the request. */
    record Granted() implements Claim {}

    /** The same request completed before: answer with what it got. */
    record Replay(int status, String contentType, String body) implements Claim {}

    /** The key was used for a different request. */
    record Mismatch() implements Claim {}

    /** The first request with this key is still being processed. */
    record InFlight() implements Claim {}
  }

  public Claim claim(String caller, String key, String requestHash) {
    return QuarkusTransaction.requiringNew()
        .call(() -> claimInTransaction(caller, key, requestHash));
  }

  public void complete(String caller, String key, int status, String contentType, String body) {
    QuarkusTransaction.requiringNew()
        .run(() -> execute(COMPLETE, status, contentType, body, caller, key));
  }

  public void release(String caller, String key) {
    QuarkusTransaction.requiringNew().run(() -> execute(RELEASE, caller, key));
  }

  private Claim claimInTransaction(String caller, String key, String hash) throws SQLException {
    if (execute(CLAIM, caller, key, hash) == 1) {
      return new Claim.Granted();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement find = connection.prepareStatement(FIND)) {
      find.setLong(1, ABANDONED_AFTER.toSeconds());
      find.setString(2, caller);
      find.setString(3, key);
      try (ResultSet row = find.executeQuery()) {
        if (!row.next()) {
          return claimInTransaction(caller, key, hash);
        }
        return existing(row, caller, key, hash);
      }
    }
  }

  private Claim existing(ResultSet row, String caller, String key, String hash)
      throws SQLException {
    boolean inFlight = "IN_FLIGHT".equals(row.getString("state"));
    if (inFlight && row.getBoolean("abandoned")) {
      execute(RECLAIM, hash, caller, key);
      return new Claim.Granted();
    }
    if (!hash.equals(row.getString("request_hash"))) {
      return new Claim.Mismatch();
    }
    if (inFlight) {
      return new Claim.InFlight();
    }
    return new Claim.Replay(
        row.getInt("status"), row.getString("content_type"), row.getString("response_body"));
  }

  private int execute(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency store failed", e);
    }
  }
}
