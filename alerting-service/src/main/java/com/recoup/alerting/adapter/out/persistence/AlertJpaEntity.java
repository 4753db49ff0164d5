package com.recoup.alerting.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One alert as stored. */
@Entity
@Table(name = "alert")
public class AlertJpaEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "rule_id")
  public String ruleId;

  @Column(name = "rule_type")
  public String ruleType;

  public String severity;

  @Column(name = "customer_number")
  public String customerNumber;

  public String subject;

  public String currency;

  public String message;

  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, String> figures;

  public String state;

  @Column(name = "raised_at")
  public OffsetDateTime raisedAt;

  @Column(name = "acknowledged_by")
  public String acknowledgedBy;

  @Column(name = "acknowledged_at")
  public OffsetDateTime acknowledgedAt;

  @Column(name = "resolved_at")
  public OffsetDateTime resolvedAt;

  @Version public long version;
}
