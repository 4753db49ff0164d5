package com.recoup.kernel.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.event.CloudEvent;
import com.recoup.kernel.event.EventSchemas;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies one inbound CloudEvent exactly once: validates it against its schema, then, in one
 * transaction, records it in the {@link Inbox} and runs the effect. A poison event is refused with
 * a {@link PoisonEventException} (the messaging layer sends it to the dead-letter topic); a
 * transient failure such as a lost database connection is retried in place so that the partition's
 * order holds.
 */
@ApplicationScoped
public class InboundEvents {

  @Inject ObjectMapper mapper;
  @Inject Inbox inbox;

  @ConfigProperty(name = "recoup.inbox.max-attempts", defaultValue = "5")
  int maxAttempts;

  private final EventSchemas schemas = new EventSchemas();

  /** Parses and validates a raw record value; refuses it as poison when it is not a valid event. */
  public CloudEvent parse(String value) {
    JsonNode tree = readTree(value);
    List<String> violations = schemas.violations(tree);
    if (!violations.isEmpty()) {
      throw new PoisonEventException("event does not match its schema: " + violations);
    }
    try {
      return mapper.treeToValue(tree, CloudEvent.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new PoisonEventException("not a valid CloudEvent: " + e.getMessage(), e);
    }
  }

  /** Applies the event once for this consumer; a repeated delivery has no effect. */
  public void apply(String consumer, CloudEvent event, Consumer<CloudEvent> effect) {
    Duration pause = Duration.ofMillis(100);
    for (int attempt = 1; ; attempt++) {
      try {
        applyOnce(consumer, event, effect);
        return;
      } catch (DomainException | IllegalArgumentException refused) {
        throw new PoisonEventException(
            "refused by %s: %s".formatted(consumer, refused.getMessage()), refused);
      } catch (RuntimeException failure) {
        if (!isTransient(failure) && attempt >= maxAttempts) {
          throw failure;
        }
        Log.warnf(
            "consumer=%s event=%s attempt=%d failed, retrying: %s",
            consumer, event.id(), attempt, failure.getMessage());
        sleep(pause);
        pause =
            pause.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0
                ? Duration.ofSeconds(5)
                : pause.multipliedBy(2);
      }
    }
  }

  /** Parses, validates and applies a raw record value once. */
  public void process(String consumer, String value, Consumer<CloudEvent> effect) {
    CloudEvent event;
    try {
      event = parse(value);
    } catch (PoisonEventException poison) {
      throw new PoisonEventException(consumer + ": " + poison.getMessage(), poison);
    }
    apply(consumer, event, effect);
  }

  public <T> T data(CloudEvent event, Class<T> type) {
    try {
      return mapper.treeToValue(event.data(), type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new PoisonEventException(
          "data of %s cannot be read: %s".formatted(event.type(), e.getMessage()), e);
    }
  }

  private void applyOnce(String consumer, CloudEvent event, Consumer<CloudEvent> effect) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (inbox.firstDelivery(consumer, event.id(), event.type())) {
                effect.accept(event);
              } else {
                Log.debugf("consumer=%s skipped repeated event=%s", consumer, event.id());
              }
            });
  }

  private JsonNode readTree(String value) {
    if (value == null || value.isBlank()) {
      throw new PoisonEventException("empty record value");
    }
    try {
      return mapper.readTree(value);
    } catch (JsonProcessingException e) {
      throw new PoisonEventException("record value is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A lost connection heals by itself; anything else is retried only a few times. */
  static boolean isTransient(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientException
          || cause instanceof SQLRecoverableException
          || cause instanceof ConnectException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying an event", e);
    }
  }
}
