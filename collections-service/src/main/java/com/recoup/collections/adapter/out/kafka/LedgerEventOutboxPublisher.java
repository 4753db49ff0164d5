package com.recoup.collections.adapter.out.kafka;

import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.LedgerEvent;
import com.recoup.collections.domain.ledger.Payment;
import com.recoup.kernel.domain.Money;
import com.recoup.kernel.event.OutgoingEvent;
import com.recoup.kernel.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Puts ledger events on topic {@value #TOPIC} through the outbox, shaped as the schemas in
 * deploy/contracts/schemas describe them.
 */
@ApplicationScoped
public class LedgerEventOutboxPublisher implements LedgerEventPublisher {

  static final String TOPIC = "recoup.ledger.v1";

  private final Outbox outbox;
  private final Clock clock;

  public LedgerEventOutboxPublisher(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void publish(LedgerEvent event) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String key = event.customer().value();
    outbox.append(TOPIC, toOutgoing(event, key, now));
  }

  private static OutgoingEvent toOutgoing(LedgerEvent event, String key, OffsetDateTime now) {
    if (event instanceof LedgerEvent.CustomerUpserted e) {
      return new OutgoingEvent(
          "recoup.ledger.customer.upserted.v1", "customer/" + key, key, now, customer(e.account()));
    }
    if (event instanceof LedgerEvent.InvoiceIssued e) {
      return new OutgoingEvent(
          "recoup.ledger.invoice.issued.v1",
          "invoice/" + e.terms().number(),
          key,
          now,
          invoice(e.terms()));
    }
    if (event instanceof LedgerEvent.PaymentReceived e) {
      return new OutgoingEvent(
          "recoup.ledger.payment.received.v1",
          "payment/" + e.receipt().reference(),
          key,
          now,
          payment(e.receipt()));
    }
    if (event instanceof LedgerEvent.PaymentAllocated e) {
      return new OutgoingEvent(
          "recoup.ledger.payment.allocated.v1", "invoice/" + e.invoice(), key, now, allocated(e));
    }
    if (event instanceof LedgerEvent.InvoiceSettled e) {
      return new OutgoingEvent(
          "recoup.ledger.invoice.settled.v1", "invoice/" + e.invoice(), key, now, settled(e));
    }
    return AdjustmentEvents.toOutgoing(event, key, now);
  }

  record CustomerUpsertedData(
      String customerNumber,
      String name,
      String country,
      String currency,
      int paymentTermsDays,
      String segment,
      String collector,
      boolean paperless,
      Boolean applyOldestFirst,
      Boolean excludedFromDunning) {}

  record InvoiceIssuedData(
      String invoiceNumber,
      String customerNumber,
      LocalDate issueDate,
      LocalDate dueDate,
      Money amount,
      Money functionalAmount,
      String exchangeRate,
      String purchaseOrder) {}

  record PaymentReceivedData(
      String paymentReference,
      String customerNumber,
      LocalDate valueDate,
      Money amount,
      Money functionalAmount,
      String remittanceInformation) {}

  record PaymentAllocatedData(
      String paymentReference,
      String customerNumber,
      String invoiceNumber,
      LocalDate valueDate,
      Money amount,
      Money functionalAmount,
      Money invoiceOpenAmount,
      String method) {}

  record InvoiceSettledData(
      String invoiceNumber,
      String customerNumber,
      LocalDate settledOn,
      LocalDate dueDate,
      Money amount) {}

  private static CustomerUpsertedData customer(Customer c) {
    return new CustomerUpsertedData(
        c.number().value(),
        c.name(),
        c.country(),
        c.currency().getCurrencyCode(),
        c.paymentTermsDays(),
        c.segment(),
        c.collector(),
        c.paperless(),
        c.applyOldestFirst(),
        c.excludedFromDunning());
  }

  private static InvoiceIssuedData invoice(Invoice.Terms t) {
    return new InvoiceIssuedData(
        t.number().value(),
        t.customer().value(),
        t.issueDate(),
        t.dueDate(),
        t.amount(),
        t.functionalAmount(),
        t.exchangeRate().toPlainString(),
        t.purchaseOrder());
  }

  private static PaymentReceivedData payment(Payment.Receipt r) {
    return new PaymentReceivedData(
        r.reference().value(),
        r.customer().value(),
        r.valueDate(),
        r.amount(),
        r.functionalAmount(),
        r.remittanceInformation());
  }

  private static PaymentAllocatedData allocated(LedgerEvent.PaymentAllocated e) {
    return new PaymentAllocatedData(
        e.payment().value(),
        e.customer().value(),
        e.invoice().value(),
        e.valueDate(),
        e.amount(),
        e.functionalAmount(),
        e.invoiceOpenAmount(),
        e.method().name());
  }

  private static InvoiceSettledData settled(LedgerEvent.InvoiceSettled e) {
    return new InvoiceSettledData(
        e.invoice().value(), e.customer().value(), e.settledOn(), e.dueDate(), e.amount());
  }
}
