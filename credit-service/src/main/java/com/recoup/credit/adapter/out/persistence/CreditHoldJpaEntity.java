package com.recoup.credit.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code credit_hold}. */
@Entity
@Table(name = "credit_hold")
public class CreditHoldJpaEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "customer_number", nullable = false)
  public String customerNumber;

  @Column(nullable = false)
  public String origin;

  @Column(nullable = false)
  public String reason;

  public String evidence;

  @Column(name = "expires_on")
  public LocalDate expiresOn;

  @Column(name = "placed_by", nullable = false)
  public String placedBy;

  @Column(name = "placed_at", nullable = false)
  public Instant placedAt;

  @Column(name = "released_by")
  public String releasedBy;

  @Column(name = "released_at")
  public Instant releasedAt;

  @Column(name = "release_reason")
  public String releaseReason;

  @Version public long version;
}
