package com.recoup.alerting.adapter.out.kafka;

import com.recoup.alerting.domain.Alert;
import java.time.OffsetDateTime;
import java.util.Map;

/** The data of the alert events, one record per event type, as their schemas describe them. */
final class AlertEventData {

  private AlertEventData() {}

  /** {@code recoup.alerts.alert.raised.v1}. */
  record AlertRaised(
      String alertId,
      String ruleId,
      String ruleType,
      String severity,
      String customerNumber,
      String subject,
      String message,
      String currency,
      Map<String, String> figures,
      OffsetDateTime raisedAt) {

    static AlertRaised of(Alert alert) {
      return new AlertRaised(
          alert.id().toString(),
          alert.ruleId().value(),
          alert.ruleType().name(),
          alert.severity().name(),
          alert.customer().value(),
          alert.subject(),
          alert.message(),
          alert.currency(),
          alert.figures(),
          alert.raisedAt());
    }
  }

  /** {@code recoup.alerts.alert.acknowledged.v1}. */
  record AlertAcknowledged(
      String alertId,
      String ruleId,
      String ruleType,
      String severity,
      String customerNumber,
      String subject,
      String message,
      String currency,
      Map<String, String> figures,
      OffsetDateTime raisedAt,
      String acknowledgedBy,
      OffsetDateTime acknowledgedAt) {

    static AlertAcknowledged of(Alert alert) {
      return new AlertAcknowledged(
          alert.id().toString(),
          alert.ruleId().value(),
          alert.ruleType().name(),
          alert.severity().name(),
          alert.customer().value(),
          alert.subject(),
          alert.message(),
          alert.currency(),
          alert.figures(),
          alert.raisedAt(),
          alert.acknowledgedBy(),
          alert.acknowledgedAt());
    }
  }

  /** {@code recoup.alerts.alert.resolved.v1}. */
  record AlertResolved(
      String alertId,
      String ruleId,
      String ruleType,
      String severity,
      String customerNumber,
      String subject,
      String message,
      String currency,
      Map<String, String> figures,
      OffsetDateTime raisedAt,
      String acknowledgedBy,
      OffsetDateTime resolvedAt) {

    static AlertResolved of(Alert alert) {
      return new AlertResolved(
          alert.id().toString(),
          alert.ruleId().value(),
          alert.ruleType().name(),
          alert.severity().name(),
          alert.customer().value(),
          alert.subject(),
          alert.message(),
          alert.currency(),
          alert.figures(),
          alert.raisedAt(),
          alert.acknowledgedBy(),
          alert.resolvedAt());
    }
  }
}
