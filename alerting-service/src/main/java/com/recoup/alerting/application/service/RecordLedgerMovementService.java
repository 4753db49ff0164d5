package com.recoup.alerting.application.service;

import com.recoup.alerting.application.port.in.RecordLedgerMovementCommand;
import com.recoup.alerting.application.port.in.RecordLedgerMovementUseCase;
import com.recoup.alerting.application.port.out.AlertEventPublisher;
import com.recoup.alerting.application.port.out.AlertRepository;
import com.recoup.alerting.application.port.out.AlertRuleRepository;
import com.recoup.alerting.application.port.out.OpenReceivableRepository;
import com.recoup.alerting.domain.Alert;
import com.recoup.alerting.domain.AlertId;
import com.recoup.alerting.domain.AlertLifecycle;
import com.recoup.alerting.domain.AlertRule;
import com.recoup.alerting.domain.AlertTransition;
import com.recoup.alerting.domain.ConcentrationRule;
import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.alerting.domain.Evaluation;
import com.recoup.alerting.domain.OpenReceivable;
import com.recoup.kernel.domain.Money;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Updates the customer's open receivables, then evaluates every enabled rule for that customer and
 * for each customer the rule holds an active alert on, whose share may have fallen because the
 * portfolio around it grew. Runs inside the caller's transaction.
 */
public class RecordLedgerMovementService implements RecordLedgerMovementUseCase {

  private final OpenReceivableRepository receivables;
  private final AlertRuleRepository rules;
  private final AlertRepository alerts;
  private final AlertEventPublisher events;

  public RecordLedgerMovementService(
      OpenReceivableRepository receivables,
      AlertRuleRepository rules,
      AlertRepository alerts,
      AlertEventPublisher events) {
    this.receivables = receivables;
    this.rules = rules;
    this.alerts = alerts;
    this.events = events;
  }

  @Override
  public void record(RecordLedgerMovementCommand command) {
    Currency currency = command.functionalChange().currency();
    OpenReceivable changed =
        receivables.find(command.customer(), currency).plus(command.functionalChange());
    receivables.save(changed);

    Money portfolioTotal = receivables.portfolioTotal(currency);
    for (AlertRule rule : rules.enabledRules()) {
      if (rule instanceof ConcentrationRule concentration) {
        evaluate(concentration, changed, portfolioTotal, command.occurredAt());
      }
    }
  }

  private void evaluate(
      ConcentrationRule rule, OpenReceivable changed, Money portfolioTotal, OffsetDateTime at) {
    for (CustomerNumber customer : subjectsOf(rule, changed)) {
      OpenReceivable receivable =
          customer.equals(changed.customer())
              ? changed
              : receivables.find(customer, portfolioTotal.currency());
      apply(rule, rule.evaluate(receivable, portfolioTotal), at);
    }
  }

  private Set<CustomerNumber> subjectsOf(ConcentrationRule rule, OpenReceivable changed) {
    Set<CustomerNumber> subjects = new LinkedHashSet<>();
    subjects.add(changed.customer());
    for (Alert alert : alerts.findActiveInCurrency(rule.id(), changed.open().currencyCode())) {
      subjects.add(alert.customer());
    }
    return subjects;
  }

  private void apply(AlertRule rule, Evaluation evaluation, OffsetDateTime at) {
    Optional<Alert> active = alerts.findActive(rule.id(), evaluation.subject());
    AlertTransition transition = AlertLifecycle.next(active, rule, evaluation, AlertId::random, at);

    if (transition instanceof AlertTransition.Raised raised) {
      alerts.save(raised.alert());
      events.raised(raised.alert());
    } else if (transition instanceof AlertTransition.Resolved resolved) {
      alerts.save(resolved.alert());
      events.resolved(resolved.alert());
    }
  }
}
