package com.recoup.alerting.domain;

import java.util.Objects;
import java.util.UUID;

/** The identity of one alert. */
public record AlertId(UUID value) {

  public AlertId {
    Objects.requireNonNull(value, "value");
  }

  public static AlertId random() {
    return new AlertId(UUID.randomUUID());
  }

  /** Reads an alert id from its text form; refuses anything that is not a UUID. */
  public static AlertId parse(String text) {
    try {
      return new AlertId(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("an alert id is a UUID: " + text);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
