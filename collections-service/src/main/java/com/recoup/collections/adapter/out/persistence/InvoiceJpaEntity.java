package com.recoup.collections.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Row of table invoice. */
@Entity
@Table(name = "invoice")
public class InvoiceJpaEntity extends PanacheEntityBase {

  @Id
  @Column(name = "invoice_number")
  public String invoiceNumber;

  @Column(name = "customer_number")
  public String customerNumber;

  @Column(name = "issue_date")
  public LocalDate issueDate;

  @Column(name = "due_date")
  public LocalDate dueDate;

  public String currency;
  public BigDecimal amount;

  @Column(name = "functional_currency")
  public String functionalCurrency;

  @Column(name = "functional_amount")
  public BigDecimal functionalAmount;

  @Column(name = "exchange_rate")
  public BigDecimal exchangeRate;

  @Column(name = "open_amount")
  public BigDecimal openAmount;

  public String status;

  @Column(name = "purchase_order")
  public String purchaseOrder;

  @Column(name = "cancelled_on")
  public LocalDate cancelledOn;

  @Column(name = "cancellation_reason")
  public String cancellationReason;

  @Column(name = "disputed_on")
  public LocalDate disputedOn;

  @Column(name = "disputed_amount")
  public BigDecimal disputedAmount;

  @Column(name = "dispute_reason")
  public String disputeReason;

  @Column(name = "creditor_reference")
  public String creditorReference;
}
