package com.recoup.collections.application.port.out;

import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import java.util.Optional;

/** Keeps customer accounts. */
public interface CustomerRepository {

  Optional<Customer> find(CustomerNumber number);

  void save(Customer customer);
}
