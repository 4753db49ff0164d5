package com.recoup.alerting.application.port.in;

import com.recoup.alerting.domain.AlertId;
import java.util.Objects;

/** Who acknowledges which alert. */
public record AcknowledgeAlertCommand(AlertId alertId, String acknowledgedBy) {

  public AcknowledgeAlertCommand {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(acknowledgedBy, "acknowledgedBy");
  }
}
