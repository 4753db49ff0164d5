package com.recoup.alerting.adapter.out.kafka;

import com.recoup.alerting.application.port.out.AlertEventPublisher;
import com.recoup.alerting.domain.Alert;
import com.recoup.kernel.event.OutgoingEvent;
import com.recoup.kernel.outbox.Outbox;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;

/**
 * Writes alert events to the outbox, in the transaction that changed the alert, for the relay to
 * publish on {@value #TOPIC} keyed by the customer number.
 */
@ApplicationScoped
public class OutboxAlertEventPublisher implements AlertEventPublisher {

  static final String TOPIC = "recoup.alerts.v1";
  static final String RAISED = "recoup.alerts.alert.raised.v1";
  static final String ACKNOWLEDGED = "recoup.alerts.alert.acknowledged.v1";
  static final String RESOLVED = "recoup.alerts.alert.resolved.v1";

  @Inject Outbox outbox;

  @Override
  public void raised(Alert alert) {
    append(RAISED, alert, alert.raisedAt(), AlertEventData.AlertRaised.of(alert));
    Log.infof(
        "alert raised alertId=%s rule=%s customer=%s severity=%s",
        alert.id(), alert.ruleId(), alert.customer(), alert.severity());
  }

  @Override
  public void acknowledged(Alert alert) {
    append(ACKNOWLEDGED, alert, alert.acknowledgedAt(), AlertEventData.AlertAcknowledged.of(alert));
    Log.infof(
        "alert acknowledged alertId=%s rule=%s customer=%s",
        alert.id(), alert.ruleId(), alert.customer());
  }

  @Override
  public void resolved(Alert alert) {
    append(RESOLVED, alert, alert.resolvedAt(), AlertEventData.AlertResolved.of(alert));
    Log.infof(
        "alert resolved alertId=%s rule=%s customer=%s",
        alert.id(), alert.ruleId(), alert.customer());
  }

  private void append(String type, Alert alert, OffsetDateTime time, Object data) {
    String subject = "alert/" + alert.id();
    outbox.append(TOPIC, new OutgoingEvent(type, subject, alert.customer().value(), time, data));
  }
}
