package com.recoup.credit.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code credit_profile}; exposure and counts are kept for queries by later slices. */
@Entity
@Table(name = "credit_profile")
public class CreditProfileJpaEntity extends PanacheEntityBase {

  @Id
  @Column(name = "customer_number")
  public String customerNumber;

  public String name;

  public String segment;

  @Column(name = "functional_currency", nullable = false)
  public String functionalCurrency;

  @Column(name = "exposure_amount", nullable = false)
  public BigDecimal exposureAmount;

  @Column(name = "open_invoice_count", nullable = false)
  public int openInvoiceCount;

  @Column(name = "oldest_open_due_date")
  public LocalDate oldestOpenDueDate;

  @Version public long version;
}
