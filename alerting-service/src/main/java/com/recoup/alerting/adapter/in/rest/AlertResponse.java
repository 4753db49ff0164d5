package com.recoup.alerting.adapter.in.rest;

import com.recoup.alerting.domain.Alert;
import java.time.OffsetDateTime;
import java.util.Map;

/** An alert as the API shows it; figures are exact decimal strings. */
public record AlertResponse(
    String id,
    String ruleId,
    String ruleType,
    String severity,
    String state,
    String customerNumber,
    String subject,
    String message,
    String currency,
    Map<String, String> figures,
    OffsetDateTime raisedAt,
    String acknowledgedBy,
    OffsetDateTime acknowledgedAt,
    OffsetDateTime resolvedAt) {

  static AlertResponse of(Alert alert) {
    return new AlertResponse(
        alert.id().toString(),
        alert.ruleId().value(),
        alert.ruleType().name(),
        alert.severity().name(),
        alert.state().name(),
        alert.customer().value(),
        alert.subject(),
        alert.message(),
        alert.currency(),
        alert.figures(),
        alert.raisedAt(),
        alert.acknowledgedBy(),
        alert.acknowledgedAt(),
        alert.resolvedAt());
  }
}
