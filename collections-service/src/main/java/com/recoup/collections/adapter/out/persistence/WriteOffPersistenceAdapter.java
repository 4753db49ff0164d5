package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.application.port.out.WriteOffRepository;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.WriteOff;
import com.recoup.kernel.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Keeps write-offs in PostgreSQL, with when they were recorded. */
@ApplicationScoped
public class WriteOffPersistenceAdapter implements WriteOffRepository {

  private final Clock clock;

  public WriteOffPersistenceAdapter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void add(WriteOff writeOff) {
    WriteOffJpaEntity row = new WriteOffJpaEntity();
    row.invoiceNumber = writeOff.invoice().value();
    row.customerNumber = writeOff.customer().value();
    row.writtenOffOn = writeOff.writtenOffOn();
    row.currency = writeOff.amount().currencyCode();
    row.amount = writeOff.amount().amount();
    row.functionalCurrency = writeOff.functionalAmount().currencyCode();
    row.functionalAmount = writeOff.functionalAmount().amount();
    row.reason = writeOff.reason();
    row.approvedBy = writeOff.approvedBy();
    row.recordedAt = OffsetDateTime.now(clock);
    row.persist();
  }

  static WriteOff toWriteOff(WriteOffJpaEntity row) {
    return new WriteOff(
        new DocumentNumber(row.invoiceNumber),
        new CustomerNumber(row.customerNumber),
        row.writtenOffOn,
        Money.of(row.amount, row.currency),
        Money.of(row.functionalAmount, row.functionalCurrency),
        row.reason,
        row.approvedBy);
  }
}
