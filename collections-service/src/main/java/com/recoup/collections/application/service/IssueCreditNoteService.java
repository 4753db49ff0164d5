package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.IssueCreditNoteCommand;
import com.recoup.collections.application.port.in.IssueCreditNoteUseCase;
import com.recoup.collections.application.port.out.CreditNoteRepository;
import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.domain.ledger.CreditNote;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.LedgerEvent;
import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Optional;

/** Posts credit notes, once per number: on the invoice they name, or as credit on the account. */
@Transactional
public class IssueCreditNoteService implements IssueCreditNoteUseCase {

  private final CustomerRepository customers;
  private final InvoiceRepository invoices;
  private final CreditNoteRepository creditNotes;
  private final LedgerEventPublisher events;
  private final FunctionalCurrency functionalCurrency;

  public IssueCreditNoteService(
      CustomerRepository customers,
      InvoiceRepository invoices,
      CreditNoteRepository creditNotes,
      LedgerEventPublisher events,
      FunctionalCurrency functionalCurrency) {
    this.customers = customers;
    this.invoices = invoices;
    this.creditNotes = creditNotes;
    this.events = events;
    this.functionalCurrency = functionalCurrency;
  }

  @Override
  public Result issue(IssueCreditNoteCommand command) {
    CustomerNumber customer = new CustomerNumber(command.customerNumber());
    requireKnownCustomer(customer);
    Optional<Invoice> invoice = invoiceNamedBy(command, customer);
    CreditNote creditNote = creditNoteOf(command, customer, invoice);

    Optional<CreditNote> stored = creditNotes.find(creditNote.number());
    if (stored.isPresent()) {
      return repeated(stored.get(), creditNote, invoice);
    }

    if (invoice.isPresent()) {
      adjust(invoice.get(), creditNote);
    } else {
      events.publish(new LedgerEvent.CreditNoteIssued(creditNote));
    }
    creditNotes.add(creditNote);
    return new Result(creditNote, invoice, true);
  }

  private void adjust(Invoice invoice, CreditNote creditNote) {
    Money open = invoice.applyCredit(creditNote.amount(), creditNote.issueDate());
    invoices.update(invoice);
    events.publish(new LedgerEvent.InvoiceAdjusted(creditNote, open));
    if (invoice.isSettled()) {
      events.publish(
          new LedgerEvent.InvoiceSettled(
              invoice.customer(),
              invoice.number(),
              creditNote.issueDate(),
              invoice.dueDate(),
              invoice.amount()));
    }
  }

  private Optional<Invoice> invoiceNamedBy(
      IssueCreditNoteCommand command, CustomerNumber customer) {
    if (command.invoiceNumber() == null) {
      return Optional.empty();
    }
    DocumentNumber number = new DocumentNumber(command.invoiceNumber());
    Invoice invoice =
        invoices
            .findForUpdate(number)
            .orElseThrow(
                () ->
                    DomainException.ruleViolated(
                        "unknown-invoice", "invoice %s is not in the ledger".formatted(number)));
    if (!invoice.customer().equals(customer)) {
      throw DomainException.ruleViolated(
          "invoice-of-other-customer",
          "invoice %s belongs to another customer than %s".formatted(number, customer));
    }
    return Optional.of(invoice);
  }

  private CreditNote creditNoteOf(
      IssueCreditNoteCommand command, CustomerNumber customer, Optional<Invoice> invoice) {
    Money amount = command.amount();
    Money functional =
        invoice.isPresent()
            ? atInvoiceRate(invoice.get(), amount, command.exchangeRate())
            : functionalCurrency.convert(amount, command.exchangeRate()).amount();
    return new CreditNote(
        new DocumentNumber(command.creditNoteNumber()),
        customer,
        invoice.map(Invoice::number).orElse(null),
        command.issueDate(),
        amount,
        functional,
        command.reason());
  }

  private static Money atInvoiceRate(Invoice invoice, Money amount, BigDecimal rate) {
    if (!amount.currency().equals(invoice.amount().currency())) {
      throw DomainException.ruleViolated(
          "currency-mismatch",
          "invoice %s is in %s, the credit note in %s"
              .formatted(invoice.number(), invoice.amount().currencyCode(), amount.currencyCode()));
    }
    if (rate != null && rate.compareTo(invoice.exchangeRate()) != 0) {
      throw DomainException.ruleViolated(
          "exchange-rate-differs-from-invoice",
          "a credit note on invoice %s takes the invoice's rate %s, not %s"
              .formatted(invoice.number(), invoice.exchangeRate().toPlainString(), rate));
    }
    return invoice.functionalValueOf(amount);
  }

  private void requireKnownCustomer(CustomerNumber customer) {
    if (customers.find(customer).isEmpty()) {
      throw DomainException.ruleViolated(
          "unknown-customer", "customer %s is not in the ledger".formatted(customer));
    }
  }

  private static Result repeated(CreditNote stored, CreditNote asked, Optional<Invoice> invoice) {
    if (!stored.equals(asked)) {
      throw DomainException.conflict(
          "credit-note-number-conflict",
          "credit note %s is already in the ledger with other content".formatted(asked.number()));
    }
    return new Result(stored, invoice, false);
  }
}
