package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.application.port.out.PaymentRepository;
import com.recoup.collections.domain.ledger.Allocation;
import com.recoup.collections.domain.ledger.AllocationMethod;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Payment;
import com.recoup.kernel.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Keeps payments and their allocations in PostgreSQL. */
@ApplicationScoped
public class PaymentPersistenceAdapter implements PaymentRepository {

  @Override
  public Optional<Payment> find(DocumentNumber reference) {
    return PaymentJpaEntity.<PaymentJpaEntity>findByIdOptional(reference.value())
        .map(PaymentPersistenceAdapter::toPayment);
  }

  @Override
  public void add(Payment payment) {
    PaymentJpaEntity row = new PaymentJpaEntity();
    row.paymentReference = payment.reference().value();
    row.customerNumber = payment.customer().value();
    row.valueDate = payment.valueDate();
    row.currency = payment.amount().currencyCode();
    row.amount = payment.amount().amount();
    row.functionalCurrency = payment.functionalAmount().currencyCode();
    row.functionalAmount = payment.functionalAmount().amount();
    row.remittanceInformation = payment.remittanceInformation();
    row.endToEndId = payment.endToEndId();
    for (Allocation allocation : payment.allocations()) {
      AllocationJpaEntity line = new AllocationJpaEntity();
      line.payment = row;
      line.invoiceNumber = allocation.invoice().value();
      line.amount = allocation.amount().amount();
      line.method = allocation.method().name();
      row.allocations.add(line);
    }
    row.persist();
  }

  static Payment toPayment(PaymentJpaEntity row) {
    Payment.Receipt receipt =
        new Payment.Receipt(
            new DocumentNumber(row.paymentReference),
            new CustomerNumber(row.customerNumber),
            row.valueDate,
            Money.of(row.amount, row.currency),
            Money.of(row.functionalAmount, row.functionalCurrency),
            row.remittanceInformation,
            row.endToEndId);
    List<Allocation> allocations =
        row.allocations.stream()
            .map(
                line ->
                    new Allocation(
                        new DocumentNumber(line.invoiceNumber),
                        Money.of(line.amount, row.currency),
                        AllocationMethod.valueOf(line.method)))
            .toList();
    return Payment.restore(receipt, allocations);
  }
}
