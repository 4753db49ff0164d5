package com.recoup.alerting.config;

import com.recoup.alerting.application.port.in.AcknowledgeAlertUseCase;
import com.recoup.alerting.application.port.in.ListAlertsUseCase;
import com.recoup.alerting.application.port.in.RecordLedgerMovementUseCase;
import com.recoup.alerting.application.port.out.AlertEventPublisher;
import com.recoup.alerting.application.port.out.AlertRepository;
import com.recoup.alerting.application.port.out.AlertRuleRepository;
import com.recoup.alerting.application.port.out.OpenReceivableRepository;
import com.recoup.alerting.application.service.AcknowledgeAlertService;
import com.recoup.alerting.application.service.ListAlertsService;
import com.recoup.alerting.application.service.RecordLedgerMovementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Wires each use case to the adapters of its outgoing ports. Transactions are begun by the inbound
 * adapters: the REST resource method for requests, the inbox for ledger events.
 */
@ApplicationScoped
public class UseCaseConfiguration {

  @Produces
  @ApplicationScoped
  RecordLedgerMovementUseCase recordLedgerMovement(
      OpenReceivableRepository receivables,
      AlertRuleRepository rules,
      AlertRepository alerts,
      AlertEventPublisher events) {
    return new RecordLedgerMovementService(receivables, rules, alerts, events);
  }

  @Produces
  @ApplicationScoped
  AcknowledgeAlertUseCase acknowledgeAlert(
      AlertRepository alerts, AlertEventPublisher events, Clock clock) {
    return new AcknowledgeAlertService(alerts, events, clock);
  }

  @Produces
  @ApplicationScoped
  ListAlertsUseCase listAlerts(AlertRepository alerts) {
    return new ListAlertsService(alerts);
  }
}
