package com.recoup.collections.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Row of table payment, with its allocations. */
@Entity
@Table(name = "payment")
public class PaymentJpaEntity extends PanacheEntityBase {

  @Id
  @Column(name = "payment_reference")
  public String paymentReference;

  @Column(name = "customer_number")
  public String customerNumber;

  @Column(name = "value_date")
  public LocalDate valueDate;

  public String currency;
  public BigDecimal amount;

  @Column(name = "functional_currency")
  public String functionalCurrency;

  @Column(name = "functional_amount")
  public BigDecimal functionalAmount;

  @Column(name = "remittance_information")
  public String remittanceInformation;

  @Column(name = "end_to_end_id")
  public String endToEndId;

  @OneToMany(mappedBy = "payment", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  public List<AllocationJpaEntity> allocations = new ArrayList<>();
}
