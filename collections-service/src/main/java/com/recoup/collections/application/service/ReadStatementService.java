package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.ReadStatementQuery;
import com.recoup.collections.application.port.in.ReadStatementUseCase;
import com.recoup.collections.application.port.out.CustomerHistoryRepository;
import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.CustomerStatement;
import com.recoup.kernel.domain.DomainException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** Prepares customer statements from the customer's whole history in the ledger. */
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadStatementService implements ReadStatementUseCase {

  private final CustomerRepository customers;
  private final CustomerHistoryRepository histories;
  private final Clock clock;

  public ReadStatementService(
      CustomerRepository customers, CustomerHistoryRepository histories, Clock clock) {
    this.customers = customers;
    this.histories = histories;
    this.clock = clock;
  }

  @Override
  public CustomerStatement statement(ReadStatementQuery query) {
    CustomerNumber customer = new CustomerNumber(query.customerNumber());
    if (customers.find(customer).isEmpty()) {
      throw DomainException.notFound("customer-not-found", "no customer " + customer);
    }
    LocalDate asOf = query.asOf() != null ? query.asOf() : LocalDate.now(clock);

    return CustomerStatement.compile(customer, asOf, histories.historyOf(customer));
  }
}
