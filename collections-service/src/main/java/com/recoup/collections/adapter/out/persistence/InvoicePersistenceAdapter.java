package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.domain.ledger.CreditorReference;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.InvoiceStatus;
import com.recoup.kernel.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Keeps invoices in PostgreSQL. */
@ApplicationScoped
public class InvoicePersistenceAdapter implements InvoiceRepository {

  @Override
  public Optional<Invoice> find(DocumentNumber number) {
    return InvoiceJpaEntity.<InvoiceJpaEntity>findByIdOptional(number.value())
        .map(InvoicePersistenceAdapter::toInvoice);
  }

  @Override
  public List<Invoice> lockOpenInvoicesOf(CustomerNumber customer) {
    return InvoiceJpaEntity.<InvoiceJpaEntity>find(
            "customerNumber = ?1 and status in ('OPEN', 'PARTLY_PAID', 'DISPUTED')"
                + " order by dueDate, invoiceNumber",
            customer.value())
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .stream()
        .map(InvoicePersistenceAdapter::toInvoice)
        .toList();
  }

  @Override
  public Optional<Invoice> findForUpdate(DocumentNumber number) {
    return Optional.ofNullable(
            InvoiceJpaEntity.<InvoiceJpaEntity>findById(
                number.value(), LockModeType.PESSIMISTIC_WRITE))
        .map(InvoicePersistenceAdapter::toInvoice);
  }

  @Override
  public void add(Invoice invoice) {
    InvoiceJpaEntity row = new InvoiceJpaEntity();
    row.invoiceNumber = invoice.number().value();
    copy(invoice, row);
    row.persist();
  }

  @Override
  public void update(Invoice invoice) {
    InvoiceJpaEntity row = InvoiceJpaEntity.findById(invoice.number().value());
    copy(invoice, row);
  }

  private static void copy(Invoice invoice, InvoiceJpaEntity row) {
    row.customerNumber = invoice.customer().value();
    row.issueDate = invoice.issueDate();
    row.dueDate = invoice.dueDate();
    row.currency = invoice.amount().currencyCode();
    row.amount = invoice.amount().amount();
    row.functionalCurrency = invoice.functionalAmount().currencyCode();
    row.functionalAmount = invoice.functionalAmount().amount();
    row.exchangeRate = invoice.exchangeRate();
    row.openAmount = invoice.openAmount().amount();
    row.status = invoice.status().name();
    row.purchaseOrder = invoice.purchaseOrder();
    row.cancelledOn = invoice.cancellation().map(Invoice.Cancellation::cancelledOn).orElse(null);
    row.cancellationReason = invoice.cancellation().map(Invoice.Cancellation::reason).orElse(null);
    row.disputedOn = invoice.dispute().map(Invoice.Dispute::disputedOn).orElse(null);
    row.disputedAmount = invoice.dispute().map(d -> d.amount().amount()).orElse(null);
    row.disputeReason = invoice.dispute().map(Invoice.Dispute::reason).orElse(null);
    row.creditorReference =
        invoice.creditorReference() == null ? null : invoice.creditorReference().value();
  }

  static Invoice toInvoice(InvoiceJpaEntity row) {
    Invoice.Terms terms =
        new Invoice.Terms(
            new DocumentNumber(row.invoiceNumber),
            new CustomerNumber(row.customerNumber),
            row.issueDate,
            row.dueDate,
            Money.of(row.amount, row.currency),
            Money.of(row.functionalAmount, row.functionalCurrency),
            row.exchangeRate,
            row.purchaseOrder,
            row.creditorReference == null ? null : new CreditorReference(row.creditorReference));
    return Invoice.restore(
        terms,
        Money.of(row.openAmount, row.currency),
        InvoiceStatus.valueOf(row.status),
        row.cancelledOn == null
            ? null
            : new Invoice.Cancellation(row.cancelledOn, row.cancellationReason),
        row.disputedOn == null
            ? null
            : new Invoice.Dispute(
                row.disputedOn, Money.of(row.disputedAmount, row.currency), row.disputeReason));
  }
}
