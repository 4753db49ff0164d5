package com.recoup.collections.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Row of table customer. */
@Entity
@Table(name = "customer")
public class CustomerJpaEntity extends PanacheEntityBase {

  @Id
  @Column(name = "customer_number")
  public String customerNumber;

  public String name;
  public String country;
  public String currency;

  @Column(name = "payment_terms_days")
  public int paymentTermsDays;

  public String segment;
  public String collector;
  public boolean paperless;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;
}
