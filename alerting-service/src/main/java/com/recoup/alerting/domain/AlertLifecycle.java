package com.recoup.alerting.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides what one evaluation means for the alert a rule may already hold on the same subject. A
 * rule holds at most one active alert per subject: a repeat of the same finding raises nothing.
 */
public final class AlertLifecycle {

  private AlertLifecycle() {}

  /**
   * @param active the rule's active alert on the evaluated subject, if any
   * @param newId gives the id of an alert to raise; asked only when one is raised
   */
  public static AlertTransition next(
      Optional<Alert> active,
      AlertRule rule,
      Evaluation evaluation,
      Supplier<AlertId> newId,
      OffsetDateTime at) {
    if (evaluation.breached()) {
      return active.isPresent()
          ? new AlertTransition.Unchanged()
          : new AlertTransition.Raised(Alert.raise(newId.get(), rule, evaluation, at));
    }
    return active
        .<AlertTransition>map(alert -> new AlertTransition.Resolved(alert.resolve(evaluation, at)))
        .orElseGet(AlertTransition.Unchanged::new);
  }
}
