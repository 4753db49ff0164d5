package com.recoup.alerting.adapter.out.persistence;

import com.recoup.alerting.application.port.in.AlertPage;
import com.recoup.alerting.application.port.in.ListAlertsQuery;
import com.recoup.alerting.application.port.out.AlertRepository;
import com.recoup.alerting.domain.Alert;
import com.recoup.alerting.domain.AlertId;
import com.recoup.alerting.domain.AlertState;
import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.alerting.domain.RuleId;
import com.recoup.alerting.domain.RuleType;
import com.recoup.alerting.domain.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Alerts in PostgreSQL; a unique index keeps one active alert per rule and subject. */
@ApplicationScoped
public class JpaAlertRepository implements AlertRepository {

  private static final String ACTIVE = "a.state <> 'RESOLVED'";

  @Inject EntityManager entityManager;

  @Override
  public Optional<Alert> findActive(RuleId rule, String subject) {
    return entityManager
        .createQuery(
            "from AlertJpaEntity a where a.ruleId = :rule and a.subject = :subject and " + ACTIVE,
            AlertJpaEntity.class)
        .setParameter("rule", rule.value())
        .setParameter("subject", subject)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .map(JpaAlertRepository::toAlert);
  }

  @Override
  public List<Alert> findActiveInCurrency(RuleId rule, String currency) {
    return entityManager
        .createQuery(
            "from AlertJpaEntity a where a.ruleId = :rule and a.currency = :currency and "
                + ACTIVE
                + " order by a.raisedAt, a.id",
            AlertJpaEntity.class)
        .setParameter("rule", rule.value())
        .setParameter("currency", currency)
        .getResultStream()
        .map(JpaAlertRepository::toAlert)
        .toList();
  }

  @Override
  public Optional<Alert> findById(AlertId id) {
    return Optional.ofNullable(
            entityManager.find(AlertJpaEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE))
        .map(JpaAlertRepository::toAlert);
  }

  @Override
  public void save(Alert alert) {
    AlertJpaEntity entity = entityManager.find(AlertJpaEntity.class, alert.id().value());
    if (entity == null) {
      entity = new AlertJpaEntity();
      entity.id = alert.id().value();
      copy(alert, entity);
      entityManager.persist(entity);
    } else {
      copy(alert, entity);
    }
  }

  @Override
  public AlertPage search(ListAlertsQuery query) {
    Filter filter = Filter.of(query);
    TypedQuery<AlertJpaEntity> select =
        entityManager.createQuery(
            "from AlertJpaEntity a" + filter.where() + " order by a.raisedAt desc, a.id",
            AlertJpaEntity.class);
    TypedQuery<Long> count =
        entityManager.createQuery(
            "select count(a) from AlertJpaEntity a" + filter.where(), Long.class);
    filter.parameters().forEach(select::setParameter);
    filter.parameters().forEach(count::setParameter);
    List<Alert> alerts =
        select
            .setFirstResult(query.page() * query.size())
            .setMaxResults(query.size())
            .getResultStream()
            .map(JpaAlertRepository::toAlert)
            .toList();
    return new AlertPage(alerts, query.page(), query.size(), count.getSingleResult());
  }

  private static void copy(Alert alert, AlertJpaEntity entity) {
    entity.ruleId = alert.ruleId().value();
    entity.ruleType = alert.ruleType().name();
    entity.severity = alert.severity().name();
    entity.customerNumber = alert.customer().value();
    entity.subject = alert.subject();
    entity.currency = alert.currency();
    entity.message = alert.message();
    entity.figures = new HashMap<>(alert.figures());
    entity.state = alert.state().name();
    entity.raisedAt = alert.raisedAt();
    entity.acknowledgedBy = alert.acknowledgedBy();
    entity.acknowledgedAt = alert.acknowledgedAt();
    entity.resolvedAt = alert.resolvedAt();
  }

  private static Alert toAlert(AlertJpaEntity entity) {
    return new Alert(
        new AlertId(entity.id),
        new RuleId(entity.ruleId),
        RuleType.valueOf(entity.ruleType),
        Severity.valueOf(entity.severity),
        new CustomerNumber(entity.customerNumber),
        entity.subject,
        entity.currency,
        entity.message,
        entity.figures,
        AlertState.valueOf(entity.state),
        entity.raisedAt,
        entity.acknowledgedBy,
        entity.acknowledgedAt,
        entity.resolvedAt);
  }

  /** The where clause of a search and its parameters. */
  private record Filter(String where, Map<String, Object> parameters) {

    static Filter of(ListAlertsQuery query) {
      List<String> conditions = new ArrayList<>();
      Map<String, Object> parameters = new HashMap<>();
      if (query.state() != null) {
        conditions.add("a.state = :state");
        parameters.put("state", query.state().name());
      }
      if (query.customer() != null) {
        conditions.add("a.customerNumber = :customer");
        parameters.put("customer", query.customer().value());
      }
      if (query.rule() != null) {
        conditions.add("a.ruleId = :rule");
        parameters.put("rule", query.rule().value());
      }
      String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
      return new Filter(where, parameters);
    }
  }
}
