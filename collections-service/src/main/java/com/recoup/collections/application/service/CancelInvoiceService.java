package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.CancelInvoiceCommand;
import com.recoup.collections.application.port.in.CancelInvoiceUseCase;
import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.InvoiceStatus;
import com.recoup.collections.domain.ledger.LedgerEvent;
import com.recoup.kernel.domain.DomainException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** Cancels invoices that nothing has touched yet. */
@Transactional
public class CancelInvoiceService implements CancelInvoiceUseCase {

  private final InvoiceRepository invoices;
  private final LedgerEventPublisher events;
  private final Clock clock;

  public CancelInvoiceService(
      InvoiceRepository invoices, LedgerEventPublisher events, Clock clock) {
    this.invoices = invoices;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Result cancel(CancelInvoiceCommand command) {
    DocumentNumber number = new DocumentNumber(command.invoiceNumber());
    Invoice invoice = invoices.findForUpdate(number).orElseThrow(() -> notFound(number));
    if (invoice.status() == InvoiceStatus.CANCELLED) {
      return new Result(invoice, false);
    }

    LocalDate day = command.cancelledOn() != null ? command.cancelledOn() : LocalDate.now(clock);
    Invoice.Cancellation cancellation = new Invoice.Cancellation(day, command.reason());
    invoice.cancel(cancellation);

    invoices.update(invoice);
    events.publish(
        new LedgerEvent.InvoiceCancelled(
            invoice.customer(),
            invoice.number(),
            day,
            invoice.amount(),
            invoice.functionalAmount(),
            cancellation.reason()));
    return new Result(invoice, true);
  }

  private static DomainException notFound(DocumentNumber number) {
    return DomainException.notFound("invoice-not-found", "no invoice " + number);
  }
}
