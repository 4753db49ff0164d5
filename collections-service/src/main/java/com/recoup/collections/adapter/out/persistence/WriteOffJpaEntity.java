package com.recoup.collections.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Row of table write_off. */
@Entity
@Table(name = "write_off")
public class WriteOffJpaEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "invoice_number")
  public String invoiceNumber;

  @Column(name = "customer_number")
  public String customerNumber;

  @Column(name = "written_off_on")
  public LocalDate writtenOffOn;

  public String currency;
  public BigDecimal amount;

  @Column(name = "functional_currency")
  public String functionalCurrency;

  @Column(name = "functional_amount")
  public BigDecimal functionalAmount;

  public String reason;

  @Column(name = "approved_by")
  public String approvedBy;

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;
}
