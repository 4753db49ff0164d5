package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.application.port.out.CustomerHistoryRepository;
import com.recoup.collections.domain.ledger.CustomerHistory;
import com.recoup.collections.domain.ledger.CustomerNumber;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads one customer's documents from PostgreSQL for a statement. */
@ApplicationScoped
public class CustomerHistoryPersistenceAdapter implements CustomerHistoryRepository {

  @Override
  public CustomerHistory historyOf(CustomerNumber customer) {
    String number = customer.value();
    return new CustomerHistory(
        InvoiceJpaEntity.<InvoiceJpaEntity>list("customerNumber", number).stream()
            .map(InvoicePersistenceAdapter::toInvoice)
            .toList(),
        PaymentJpaEntity.<PaymentJpaEntity>list(
                "select distinct p from PaymentJpaEntity p left join fetch p.allocations"
                    + " where p.customerNumber = ?1",
                number)
            .stream()
            .map(PaymentPersistenceAdapter::toPayment)
            .toList(),
        CreditNoteJpaEntity.<CreditNoteJpaEntity>list("customerNumber", number).stream()
            .map(CreditNotePersistenceAdapter::toCreditNote)
            .toList(),
        WriteOffJpaEntity.<WriteOffJpaEntity>list("customerNumber", number).stream()
            .map(WriteOffPersistenceAdapter::toWriteOff)
            .toList());
  }
}
