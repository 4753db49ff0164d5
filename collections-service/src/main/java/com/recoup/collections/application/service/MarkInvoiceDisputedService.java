package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.MarkInvoiceDisputedCommand;
import com.recoup.collections.application.port.in.MarkInvoiceDisputedUseCase;
import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.LedgerEvent;
import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** Puts the dispute mark on invoices, for the ERP's and imports' reports of disputes. */
@Transactional
public class MarkInvoiceDisputedService implements MarkInvoiceDisputedUseCase {

  private final InvoiceRepository invoices;
  private final LedgerEventPublisher events;
  private final Clock clock;

  public MarkInvoiceDisputedService(
      InvoiceRepository invoices, LedgerEventPublisher events, Clock clock) {
    this.invoices = invoices;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Result markDisputed(MarkInvoiceDisputedCommand command) {
    DocumentNumber number = new DocumentNumber(command.invoiceNumber());
    Invoice invoice = invoices.findForUpdate(number).orElseThrow(() -> notFound(number));
    requireCustomerOf(invoice, command.customerNumber());
    Money amount =
        command.disputedAmount() != null ? command.disputedAmount() : invoice.contestableAmount();
    if (isSameDispute(invoice, amount, command.reason())) {
      return new Result(invoice, false);
    }

    LocalDate day = command.disputedOn() != null ? command.disputedOn() : LocalDate.now(clock);
    invoice.markDisputed(new Invoice.Dispute(day, amount, command.reason()));

    invoices.update(invoice);
    events.publish(
        new LedgerEvent.InvoiceDisputed(
            invoice.customer(), number, day, amount, invoice.openAmount(), command.reason()));
    return new Result(invoice, true);
  }

  private static boolean isSameDispute(Invoice invoice, Money amount, String reason) {
    return invoice
        .dispute()
        .filter(d -> d.amount().equals(amount) && d.reason().equals(reason))
        .isPresent();
  }

  private static void requireCustomerOf(Invoice invoice, String customerNumber) {
    if (customerNumber != null && !invoice.customer().equals(new CustomerNumber(customerNumber))) {
      throw DomainException.ruleViolated(
          "invoice-of-other-customer",
          "invoice %s belongs to another customer than %s"
              .formatted(invoice.number(), customerNumber));
    }
  }

  private static DomainException notFound(DocumentNumber number) {
    return DomainException.notFound("invoice-not-found", "no invoice " + number);
  }
}
