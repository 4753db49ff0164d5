package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.domain.ledger.Contact;
import com.recoup.collections.domain.ledger.ContactChannel;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.kernel.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
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
    row.applyOldestFirst = customer.applyOldestFirst();
    row.excludedFromDunning = customer.excludedFromDunning();
    row.updatedAt = OffsetDateTime.now(clock);
    replaceContacts(row, customer.contacts());
    row.persist();
  }

  private static void replaceContacts(CustomerJpaEntity row, List<Contact> contacts) {
    row.contacts.clear();
    for (int i = 0; i < contacts.size(); i++) {
      Contact contact = contacts.get(i);
      CustomerContactJpaEntity line = new CustomerContactJpaEntity();
      line.customer = row;
      line.position = i;
      line.name = contact.name();
      line.language = contact.language();
      line.preferredChannel = contact.preferredChannel().name();
      line.email = contact.email();
      line.phone = contact.phone();
      row.contacts.add(line);
    }
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
        row.paperless,
        row.contacts.stream().map(CustomerPersistenceAdapter::toContact).toList(),
        row.applyOldestFirst,
        row.excludedFromDunning);
  }

  private static Contact toContact(CustomerContactJpaEntity line) {
    return new Contact(
        line.name,
        line.language,
        ContactChannel.valueOf(line.preferredChannel),
        line.email,
        line.phone);
  }
}
