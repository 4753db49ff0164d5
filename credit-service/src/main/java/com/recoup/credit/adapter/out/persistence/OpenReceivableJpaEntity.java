package com.recoup.credit.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A row of {@code credit_open_receivable}: one invoice of a customer that is still open. */
@Entity
@Table(name = "credit_open_receivable")
@IdClass(OpenReceivableJpaEntity.Key.class)
public class OpenReceivableJpaEntity extends PanacheEntityBase {

  @Id
  @Column(name = "customer_number")
  public String customerNumber;

  @Id
  @Column(name = "invoice_number")
  public String invoiceNumber;

  @Column(name = "due_date", nullable = false)
  public LocalDate dueDate;

  @Column(name = "open_amount", nullable = false)
  public BigDecimal openAmount;

  @Column(nullable = false)
  public String currency;

  /** The composite key: customer and invoice number. */
  public static class Key implements Serializable {
    public String customerNumber;
    public String invoiceNumber;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(customerNumber, key.customerNumber)
          && Objects.equals(invoiceNumber, key.invoiceNumber);
    }

    @Override
    public int hashCode() {
      return Objects.hash(customerNumber, invoiceNumber);
    }
  }
}
