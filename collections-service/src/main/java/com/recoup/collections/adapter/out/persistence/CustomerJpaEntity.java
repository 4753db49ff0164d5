package com.recoup.collections.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

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

  @Column(name = "apply_oldest_first")
  public boolean applyOldestFirst;

  @Column(name = "excluded_from_dunning")
  public boolean excludedFromDunning;

  @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<CustomerContactJpaEntity> contacts = new ArrayList<>();

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;
}
