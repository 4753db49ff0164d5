package com.recoup.alerting.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One customer's open receivables in one functional currency. */
@Entity
@Table(name = "open_receivable")
@IdClass(OpenReceivableJpaEntity.Key.class)
public class OpenReceivableJpaEntity extends PanacheEntityBase {

  @Id
  @Column(name = "customer_number")
  public String customerNumber;

  @Id public String currency;

  @Column(name = "open_amount")
  public BigDecimal openAmount;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  /** The composite primary key. */
  public static class Key implements Serializable {
    public String customerNumber;
    public String currency;

    public Key() {}

    public Key(String customerNumber, String currency) {
      this.customerNumber = customerNumber;
      this.currency = currency;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && customerNumber.equals(key.customerNumber)
          && currency.equals(key.currency);
    }

    @Override
    public int hashCode() {
      return Objects.hash(customerNumber, currency);
    }
  }
}
