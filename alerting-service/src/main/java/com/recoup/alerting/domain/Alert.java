package com.recoup.alerting.domain;

import com.recoup.kernel.domain.DomainException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * An early warning that one rule raised about one subject. It stays active (open, then perhaps
 * acknowledged by a person) until the rule finds its condition cleared and resolves it.
 *
 * @param message the rule's latest sentence about the subject: why it was raised, or why resolved
 * @param figures the figures behind the message, as exact decimal strings
 */
public record Alert(
    AlertId id,
    RuleId ruleId,
    RuleType ruleType,
    Severity severity,
    CustomerNumber customer,
    String subject,
    String currency,
    String message,
    Map<String, String> figures,
    AlertState state,
    OffsetDateTime raisedAt,
    String acknowledgedBy,
    OffsetDateTime acknowledgedAt,
    OffsetDateTime resolvedAt) {

  public Alert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(ruleType, "ruleType");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(raisedAt, "raisedAt");
    figures = Map.copyOf(figures);
  }

  /** A new open alert of the rule, from an evaluation that found its condition holding. */
  public static Alert raise(AlertId id, AlertRule rule, Evaluation evaluation, OffsetDateTime at) {
    if (!evaluation.breached()) {
      throw new IllegalArgumentException("rule %s found nothing to raise".formatted(rule.id()));
    }
    return new Alert(
        id,
        rule.id(),
        rule.type(),
        rule.severity(),
        evaluation.customer(),
        evaluation.subject(),
        evaluation.currency(),
        evaluation.message(),
        evaluation.figures(),
        AlertState.OPEN,
        at,
        null,
        null,
        null);
  }

  public boolean isActive() {
    return state != AlertState.RESOLVED;
  }

  /** A person has taken note of the open alert. */
  public Alert acknowledge(String person, OffsetDateTime at) {
    if (person == null || person.isBlank()) {
      throw new IllegalArgumentException("an acknowledgement names the person who gave it");
    }
    if (state == AlertState.RESOLVED) {
      throw DomainException.conflict(
          "alert-resolved", "alert %s was resolved at %s".formatted(id, resolvedAt));
    }
    if (state == AlertState.ACKNOWLEDGED) {
      throw DomainException.conflict(
          "alert-already-acknowledged",
          "alert %s was acknowledged by %s at %s".formatted(id, acknowledgedBy, acknowledgedAt));
    }
    return new Alert(
        id,
        ruleId,
        ruleType,
        severity,
        customer,
        subject,
        currency,
        message,
        figures,
        AlertState.ACKNOWLEDGED,
        raisedAt,
        person,
        at,
        null);
  }

  /** The condition cleared: the alert closes, keeping the figures that cleared it. */
  public Alert resolve(Evaluation clearing, OffsetDateTime at) {
    if (!isActive() || clearing.breached()) {
      throw new IllegalArgumentException("alert %s cannot be resolved now".formatted(id));
    }
    return new Alert(
        id,
        ruleId,
        ruleType,
        severity,
        customer,
        subject,
        currency,
        clearing.message(),
        clearing.figures(),
        AlertState.RESOLVED,
        raisedAt,
        acknowledgedBy,
        acknowledgedAt,
        at);
  }
}
