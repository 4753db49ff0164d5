package com.recoup.alerting.domain;

/** Where an alert stands in its life: raised, seen by a person, or over. */
public enum AlertState {
  /** Raised and not yet seen by anyone. */
  OPEN,
  /** A person has taken note; the condition still holds. */
  ACKNOWLEDGED,
  /** The condition cleared; the alert is closed for good. */
  RESOLVED;

  /** Parses a state given by a caller, naming the allowed values when it is unknown. */
  public static AlertState parse(String text) {
    for (AlertState state : values()) {
      if (state.name().equalsIgnoreCase(text)) {
        return state;
      }
    }
    throw new IllegalArgumentException(
        "unknown alert state %s; expected OPEN, ACKNOWLEDGED or RESOLVED".formatted(text));
  }
}
