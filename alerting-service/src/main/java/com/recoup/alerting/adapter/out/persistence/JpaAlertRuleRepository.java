package com.recoup.alerting.adapter.out.persistence;

import com.recoup.alerting.application.port.out.AlertRuleRepository;
import com.recoup.alerting.domain.AlertRule;
import com.recoup.alerting.domain.ConcentrationRule;
import com.recoup.alerting.domain.Percentage;
import com.recoup.alerting.domain.RuleId;
import com.recoup.alerting.domain.RuleType;
import com.recoup.alerting.domain.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Reads the rule catalogue and turns each row into its rule type, whose constructor refuses
 * parameters that make no sense. A broken row fails loudly rather than silently watching nothing.
 */
@ApplicationScoped
public class JpaAlertRuleRepository implements AlertRuleRepository {

  @Inject EntityManager entityManager;

  @Override
  public List<AlertRule> enabledRules() {
    return entityManager
        .createQuery(
            "from AlertRuleJpaEntity r where r.enabled = true order by r.id",
            AlertRuleJpaEntity.class)
        .getResultStream()
        .map(JpaAlertRuleRepository::toRule)
        .toList();
  }

  static AlertRule toRule(AlertRuleJpaEntity row) {
    RuleType type = RuleType.valueOf(row.type);
    return switch (type) {
      case CONCENTRATION ->
          new ConcentrationRule(
              new RuleId(row.id),
              new Percentage(row.thresholdPercent),
              row.minimumPortfolioTotal,
              Severity.valueOf(row.severity),
              row.enabled);
    };
  }
}
