package com.recoup.collections.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Row of table unidentified_payment. */
@Entity
@Table(name = "unidentified_payment")
public class UnidentifiedPaymentJpaEntity extends PanacheEntityBase {

  @Id
  @Column(name = "payment_reference")
  public String paymentReference;

  @Column(name = "value_date")
  public LocalDate valueDate;

  public String currency;
  public BigDecimal amount;

  @Column(name = "remittance_information")
  public String remittanceInformation;

  @Column(name = "end_to_end_id")
  public String endToEndId;

  @Column(name = "payer_name")
  public String payerName;

  @Column(name = "payer_account")
  public String payerAccount;

  @Column(name = "received_at")
  public OffsetDateTime receivedAt;
}
