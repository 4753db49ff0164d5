package com.recoup.alerting.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One row of the rule catalogue. */
@Entity
@Table(name = "alert_rule")
public class AlertRuleJpaEntity extends PanacheEntityBase {

  @Id public String id;

  public String type;

  public String description;

  public String severity;

  public boolean enabled;

  @Column(name = "threshold_percent")
  public BigDecimal thresholdPercent;

  @Column(name = "minimum_portfolio_total")
  public BigDecimal minimumPortfolioTotal;
}
