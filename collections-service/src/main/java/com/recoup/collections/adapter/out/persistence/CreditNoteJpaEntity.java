package com.recoup.collections.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Row of table credit_note. */
@Entity
@Table(name = "credit_note")
public class CreditNoteJpaEntity extends PanacheEntityBase {

  @Id
  @Column(name = "credit_note_number")
  public String creditNoteNumber;

  @Column(name = "customer_number")
  public String customerNumber;

  @Column(name = "invoice_number")
  public String invoiceNumber;

  @Column(name = "issue_date")
  public LocalDate issueDate;

  public String currency;
  public BigDecimal amount;

  @Column(name = "functional_currency")
  public String functionalCurrency;

  @Column(name = "functional_amount")
  public BigDecimal functionalAmount;

  public String reason;
}
