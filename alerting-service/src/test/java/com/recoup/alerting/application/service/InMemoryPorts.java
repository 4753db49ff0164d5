package com.recoup.alerting.application.service;

import com.recoup.alerting.application.port.in.AlertPage;
import com.recoup.alerting.application.port.in.ListAlertsQuery;
import com.recoup.alerting.application.port.out.AlertEventPublisher;
import com.recoup.alerting.application.port.out.AlertRepository;
import com.recoup.alerting.application.port.out.AlertRuleRepository;
import com.recoup.alerting.application.port.out.OpenReceivableRepository;
import com.recoup.alerting.domain.Alert;
import com.recoup.alerting.domain.AlertId;
import com.recoup.alerting.domain.AlertRule;
import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.alerting.domain.OpenReceivable;
import com.recoup.alerting.domain.RuleId;
import com.recoup.kernel.domain.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fakes of the outgoing ports, holding everything in memory, for the use-case tests. */
final class InMemoryPorts {

  private InMemoryPorts() {}

  static final class Receivables implements OpenReceivableRepository {
    final Map<String, OpenReceivable> byKey = new LinkedHashMap<>();

    @Override
    public OpenReceivable find(CustomerNumber customer, Currency currency) {
      return byKey.getOrDefault(key(customer, currency), OpenReceivable.none(customer, currency));
    }

    @Override
    public void save(OpenReceivable receivable) {
      byKey.put(key(receivable.customer(), receivable.open().currency()), receivable);
    }

    @Override
    public Money portfolioTotal(Currency currency) {
      return byKey.values().stream()
          .filter(r -> r.open().currency().equals(currency))
          .map(OpenReceivable::owed)
          .reduce(Money.zero(currency), Money::plus);
    }

    private static String key(CustomerNumber customer, Currency currency) {
      return customer.value() + "/" + currency.getCurrencyCode();
    }
  }

  static final class Rules implements AlertRuleRepository {
    final List<AlertRule> rules = new ArrayList<>();

    @Override
    public List<AlertRule> enabledRules() {
      return rules.stream().filter(AlertRule::enabled).toList();
    }
  }

  static final class Alerts implements AlertRepository {
    final Map<AlertId, Alert> byId = new LinkedHashMap<>();

    @Override
    public Optional<Alert> findActive(RuleId rule, String subject) {
      return byId.values().stream()
          .filter(a -> a.isActive() && a.ruleId().equals(rule) && a.subject().equals(subject))
          .findFirst();
    }

    @Override
    public List<Alert> findActiveInCurrency(RuleId rule, String currency) {
      return byId.values().stream()
          .filter(a -> a.isActive() && a.ruleId().equals(rule) && currency.equals(a.currency()))
          .toList();
    }

    @Override
    public Optional<Alert> findById(AlertId id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void save(Alert alert) {
      byId.put(alert.id(), alert);
    }

    @Override
    public AlertPage search(ListAlertsQuery query) {
      return new AlertPage(List.copyOf(byId.values()), 0, query.size(), byId.size());
    }
  }

  /** Keeps what was published, in order, as "raised:C-1" and so on. */
  static final class Events implements AlertEventPublisher {
    final List<String> published = new ArrayList<>();
    final List<Alert> alerts = new ArrayList<>();

    @Override
    public void raised(Alert alert) {
      record("raised", alert);
    }

    @Override
    public void acknowledged(Alert alert) {
      record("acknowledged", alert);
    }

    @Override
    public void resolved(Alert alert) {
      record("resolved", alert);
    }

    private void record(String step, Alert alert) {
      published.add(step + ":" + alert.customer());
      alerts.add(alert);
    }
  }
}
