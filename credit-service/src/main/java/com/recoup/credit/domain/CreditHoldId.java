package com.recoup.credit.domain;

import java.util.Objects;
import java.util.UUID;

/** The identity of a credit hold. */
public record CreditHoldId(UUID value) {

  public CreditHoldId {
    Objects.requireNonNull(value, "value");
  }

  public static CreditHoldId random() {
    return new CreditHoldId(UUID.randomUUID());
  }

  /** Reads an id as written in a URL; refuses anything that is not a UUID. */
  public static CreditHoldId of(String text) {
    try {
      return new CreditHoldId(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("a credit hold id is a UUID: " + text);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
