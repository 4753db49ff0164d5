package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.WriteOffInvoiceCommand;
import com.recoup.collections.application.port.in.WriteOffInvoiceUseCase;
import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.application.port.out.WriteOffRepository;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.LedgerEvent;
import com.recoup.collections.domain.ledger.WriteOff;
import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** Writes off what cannot be collected of an invoice. */
@Transactional
public class WriteOffInvoiceService implements WriteOffInvoiceUseCase {

  private final InvoiceRepository invoices;
  private final WriteOffRepository writeOffs;
  private final LedgerEventPublisher events;
  private final Clock clock;

  public WriteOffInvoiceService(
      InvoiceRepository invoices,
      WriteOffRepository writeOffs,
      LedgerEventPublisher events,
      Clock clock) {
    this.invoices = invoices;
    this.writeOffs = writeOffs;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Result writeOff(WriteOffInvoiceCommand command) {
    DocumentNumber number = new DocumentNumber(command.invoiceNumber());
    Invoice invoice = invoices.findForUpdate(number).orElseThrow(() -> notFound(number));
    WriteOff writeOff = writeOffOf(command, invoice);

    Money open = invoice.writeOff(writeOff.amount(), writeOff.writtenOffOn());

    invoices.update(invoice);
    writeOffs.add(writeOff);
    events.publish(new LedgerEvent.InvoiceWrittenOff(writeOff, open));
    return new Result(writeOff, invoice);
  }

  private WriteOff writeOffOf(WriteOffInvoiceCommand command, Invoice invoice) {
    Money part = command.amount() != null ? command.amount() : invoice.openAmount();
    LocalDate day = command.writtenOffOn() != null ? command.writtenOffOn() : LocalDate.now(clock);
    return new WriteOff(
        invoice.number(),
        invoice.customer(),
        day,
        part,
        invoice.functionalValueOf(part),
        command.reason(),
        command.approvedBy());
  }

  private static DomainException notFound(DocumentNumber number) {
    return DomainException.notFound("invoice-not-found", "no invoice " + number);
  }
}
