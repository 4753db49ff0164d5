package com.recoup.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as it travels on every Recoup topic.
 *
 * <p>The record value of a Kafka message is this whole object serialised as JSON (content type
 * {@code application/cloudevents+json}); the record key is {@link #partitionkey()}, the customer
 * number, so that one customer's events keep their order. {@code partitionkey} is the CloudEvents
 * partitioning extension attribute.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
    String specversion,
    String id,
    String source,
    String type,
    String subject,
    OffsetDateTime time,
    String datacontenttype,
    String dataschema,
    String partitionkey,
    JsonNode data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/cloudevents+json";

  public CloudEvent {
    requireText(specversion, "specversion");
    requireText(id, "id");
    requireText(source, "source");
    requireText(type, "type");
    requireText(partitionkey, "partitionkey");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(data, "data");
    if (!SPEC_VERSION.equals(specversion)) {
      throw new IllegalArgumentException("unsupported CloudEvents specversion " + specversion);
    }
  }

  private static void requireText(String value, String attribute) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("CloudEvent attribute '" + attribute + "' is missing");
    }
  }
}
