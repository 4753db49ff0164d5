package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.application.port.out.UnidentifiedPaymentRepository;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.UnidentifiedPayment;
import com.recoup.kernel.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Keeps unidentified bank payments in PostgreSQL. */
@ApplicationScoped
public class UnidentifiedPaymentPersistenceAdapter implements UnidentifiedPaymentRepository {

  private final Clock clock;

  public UnidentifiedPaymentPersistenceAdapter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<UnidentifiedPayment> find(DocumentNumber reference) {
    return UnidentifiedPaymentJpaEntity.<UnidentifiedPaymentJpaEntity>findByIdOptional(
            reference.value())
        .map(UnidentifiedPaymentPersistenceAdapter::toPayment);
  }

  @Override
  public void add(UnidentifiedPayment payment) {
    UnidentifiedPaymentJpaEntity row = new UnidentifiedPaymentJpaEntity();
    row.paymentReference = payment.reference().value();
    row.valueDate = payment.valueDate();
    row.currency = payment.amount().currencyCode();
    row.amount = payment.amount().amount();
    row.remittanceInformation = payment.remittanceInformation();
    row.endToEndId = payment.endToEndId();
    row.payerName = payment.payerName();
    row.payerAccount = payment.payerAccount();
    row.receivedAt = OffsetDateTime.now(clock);
    row.persist();
  }

  private static UnidentifiedPayment toPayment(UnidentifiedPaymentJpaEntity row) {
    return new UnidentifiedPayment(
        new DocumentNumber(row.paymentReference),
        row.valueDate,
        Money.of(row.amount, row.currency),
        row.remittanceInformation,
        row.endToEndId,
        row.payerName,
        row.payerAccount);
  }
}
