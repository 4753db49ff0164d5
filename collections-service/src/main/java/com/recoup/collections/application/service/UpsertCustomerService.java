package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.UpsertCustomerCommand;
import com.recoup.collections.application.port.in.UpsertCustomerUseCase;
import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.LedgerEvent;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Keeps the ledger's copy of a customer account in step with the ERP. */
@Transactional
public class UpsertCustomerService implements UpsertCustomerUseCase {

  private final CustomerRepository customers;
  private final LedgerEventPublisher events;

  public UpsertCustomerService(CustomerRepository customers, LedgerEventPublisher events) {
    this.customers = customers;
    this.events = events;
  }

  @Override
  public Customer upsert(UpsertCustomerCommand command) {
    Customer customer = command.customer();
    Optional<Customer> stored = customers.find(customer.number());

    if (stored.isPresent() && stored.get().equals(customer)) {
      return customer;
    }

    customers.save(customer);
    events.publish(new LedgerEvent.CustomerUpserted(customer));
    return customer;
  }
}
