package com.recoup.kernel.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of the event contracts, read from {@code schemas/} on the class path, where
 * every service packages a copy of {@code deploy/contracts/schemas}. A schema file is named after
 * the event type it describes: {@code recoup.ledger.invoice.issued.v1.schema.json}.
 */
public final class EventSchemas {

  private static final String ENVELOPE = "cloudevent.v1";

  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private final Map<String, JsonSchema> byName = new ConcurrentHashMap<>();

  /** Problems found in an event: the envelope and then its data against its type's schema. */
  public List<String> violations(JsonNode event) {
    List<String> problems = describe(schema(ENVELOPE).validate(event));
    if (!problems.isEmpty()) {
      return problems;
    }
    String type = event.get("type").asText();
    if (!exists(type)) {
      return List.of("no schema for event type " + type);
    }
    return describe(schema(type).validate(event.get("data")));
  }

  public boolean exists(String name) {
    return EventSchemas.class.getClassLoader().getResource(path(name)) != null;
  }

  private JsonSchema schema(String name) {
    return byName.computeIfAbsent(name, this::load);
  }

  private JsonSchema load(String name) {
    try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path(name))) {
      if (in == null) {
        throw new IllegalStateException("schema not on the class path: " + path(name));
      }
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return factory.getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String path(String name) {
    return "schemas/" + name + ".schema.json";
  }

  private static List<String> describe(Set<ValidationMessage> messages) {
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
