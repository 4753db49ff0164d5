package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.IssueInvoiceCommand;
import com.recoup.collections.application.port.in.IssueInvoiceUseCase;
import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.domain.ledger.CreditorReference;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.LedgerEvent;
import com.recoup.kernel.domain.DomainException;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Posts invoices to the ledger, once per invoice number. */
@Transactional
public class IssueInvoiceService implements IssueInvoiceUseCase {

  private final CustomerRepository customers;
  private final InvoiceRepository invoices;
  private final LedgerEventPublisher events;
  private final FunctionalCurrency functionalCurrency;

  public IssueInvoiceService(
      CustomerRepository customers,
      InvoiceRepository invoices,
      LedgerEventPublisher events,
      FunctionalCurrency functionalCurrency) {
    this.customers = customers;
    this.invoices = invoices;
    this.events = events;
    this.functionalCurrency = functionalCurrency;
  }

  @Override
  public Result issue(IssueInvoiceCommand command) {
    Invoice.Terms terms = termsOf(command);
    requireKnownCustomer(terms.customer());

    Optional<Invoice> stored = invoices.find(terms.number());
    if (stored.isPresent()) {
      return repeated(stored.get(), terms);
    }

    Invoice invoice = Invoice.issue(terms);
    invoices.add(invoice);
    events.publish(new LedgerEvent.InvoiceIssued(terms));
    return new Result(invoice, true);
  }

  private Invoice.Terms termsOf(IssueInvoiceCommand command) {
    FunctionalCurrency.Converted converted =
        functionalCurrency.convert(command.amount(), command.exchangeRate());
    DocumentNumber number = new DocumentNumber(command.invoiceNumber());
    return new Invoice.Terms(
        number,
        new CustomerNumber(command.customerNumber()),
        command.issueDate(),
        command.dueDate(),
        command.amount(),
        converted.amount(),
        converted.rate(),
        command.purchaseOrder(),
        creditorReferenceOf(number, command.creditorReference()));
  }

  /** The reference the ERP gave, else the one derived from the number, where it fits. */
  private static CreditorReference creditorReferenceOf(DocumentNumber number, String given) {
    if (given == null) {
      return CreditorReference.derivedFrom(number).orElse(null);
    }
    try {
      return CreditorReference.parse(given);
    } catch (IllegalArgumentException invalid) {
      throw DomainException.ruleViolated("invalid-creditor-reference", invalid.getMessage());
    }
  }

  private void requireKnownCustomer(CustomerNumber customer) {
    if (customers.find(customer).isEmpty()) {
      throw DomainException.ruleViolated(
          "unknown-customer", "customer %s is not in the ledger".formatted(customer));
    }
  }

  private static Result repeated(Invoice stored, Invoice.Terms terms) {
    if (!stored.hasSameTermsAs(terms)) {
      throw DomainException.conflict(
          "invoice-number-conflict",
          "invoice %s is already in the ledger with other content".formatted(terms.number()));
    }
    return new Result(stored, false);
  }
}
