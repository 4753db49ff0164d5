package com.recoup.alerting.domain;

/** What an evaluation did to the alert a rule holds on a subject. */
public sealed interface AlertTransition {

  /** The condition began to hold and no alert was active: a new one was raised. */
  record Raised(Alert alert) implements AlertTransition {}

  /** The condition cleared while an alert was active: it was resolved. */
  record Resolved(Alert alert) implements AlertTransition {}

  /** Nothing changed: the condition still holds on an active alert, or still does not hold. */
  record Unchanged() implements AlertTransition {}
}
