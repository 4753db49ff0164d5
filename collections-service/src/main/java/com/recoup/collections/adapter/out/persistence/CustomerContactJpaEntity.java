package com.recoup.collections.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Row of table customer_contact. */
@Entity
@Table(name = "customer_contact")
public class CustomerContactJpaEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne
  @JoinColumn(name = "customer_number")
  public CustomerJpaEntity customer;

  public int position;
  public String name;
  public String language;

  @Column(name = "preferred_channel")
  public String preferredChannel;

  public String email;
  public String phone;
}
