package com.recoup.alerting.application.service;

import com.recoup.alerting.application.port.in.AcknowledgeAlertCommand;
import com.recoup.alerting.application.port.in.AcknowledgeAlertUseCase;
import com.recoup.alerting.application.port.out.AlertEventPublisher;
import com.recoup.alerting.application.port.out.AlertRepository;
import com.recoup.alerting.domain.Alert;
import com.recoup.kernel.domain.DomainException;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Records a person's acknowledgement of an open alert and publishes it. */
public class AcknowledgeAlertService implements AcknowledgeAlertUseCase {

  private final AlertRepository alerts;
  private final AlertEventPublisher events;
  private final Clock clock;

  public AcknowledgeAlertService(AlertRepository alerts, AlertEventPublisher events, Clock clock) {
    this.alerts = alerts;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Alert acknowledge(AcknowledgeAlertCommand command) {
    Alert alert =
        alerts
            .findById(command.alertId())
            .orElseThrow(
                () -> DomainException.notFound("alert-not-found", "no alert " + command.alertId()));

    Alert acknowledged = alert.acknowledge(command.acknowledgedBy(), OffsetDateTime.now(clock));

    alerts.save(acknowledged);
    events.acknowledged(acknowledged);
    return acknowledged;
  }
}
