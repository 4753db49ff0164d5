package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.kernel.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Keeps customer accounts in PostgreSQL. */
@ApplicationScoped
public class CustomerPersistenceAdapter implements CustomerRepository {

  private final Clock clock;

  public CustomerPersistenceAdapter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<Customer> find(CustomerNumber number) {
    return CustomerJpaEntity.<CustomerJpaEntity>findByIdOptional(number.value())
        .map(CustomerPersistenceAdapter::toCustomer);
  }

  @Override
  public void save(Customer customer) {
    CustomerJpaEntity row = CustomerJpaEntity.findById(customer.number().value());
    if (row == null) {
      row = new CustomerJpaEntity();
      row.customerNumber = customer.number().value();
    }
    row.name = customer.name();
    row.country = customer.country();
    row.currency = customer.currency().getCurrencyCode();
    row.paymentTermsDays = customer.paymentTermsDays();
    row.segment = customer.segment();
    row.collector = customer.collector();
    row.paperless = customer.paperless();
    row.updatedAt = OffsetDateTime.now(clock);
    row.persist();
  }

  private static Customer toCustomer(CustomerJpaEntity row) {
    return new Customer(
        new CustomerNumber(row.customerNumber),
        row.name,
        row.country,
        Money.currencyOf(row.currency),
        row.paymentTermsDays,
        row.segment,
        row.collector,
        row.paperless);
  }
}
