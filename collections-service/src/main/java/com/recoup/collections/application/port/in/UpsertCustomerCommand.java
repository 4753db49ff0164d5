package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ledger.Customer;
import java.util.Objects;

/** The ERP's current view of one customer account. */
public record UpsertCustomerCommand(Customer customer) {

  public UpsertCustomerCommand {
    Objects.requireNonNull(customer, "customer");
  }
}
