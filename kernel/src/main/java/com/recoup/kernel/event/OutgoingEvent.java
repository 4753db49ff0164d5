package com.recoup.kernel.event;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What a service hands to the outbox: the event type, the document it concerns, the customer number
 * that orders it, when it happened and its data (a record serialised as JSON).
 */
public record OutgoingEvent(
    String type, String subject, String partitionKey, OffsetDateTime time, Object data) {

  public OutgoingEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(data, "data");
  }
}
