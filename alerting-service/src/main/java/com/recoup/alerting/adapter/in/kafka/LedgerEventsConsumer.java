package com.recoup.alerting.adapter.in.kafka;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoup.alerting.application.port.in.RecordLedgerMovementCommand;
import com.recoup.alerting.application.port.in.RecordLedgerMovementUseCase;
import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.kernel.domain.Money;
import com.recoup.kernel.event.CloudEvent;
import com.recoup.kernel.inbox.InboundEvents;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the open-receivables view from {@code recoup.ledger.v1}: an invoice issued adds its
 * functional amount, a payment allocated subtracts its. Other ledger events are skipped unread; an
 * event that cannot be applied goes to the dead-letter topic.
 */
@ApplicationScoped
public class LedgerEventsConsumer {

  static final String CONSUMER = "alerting-service";
  static final String INVOICE_ISSUED = "recoup.ledger.invoice.issued.v1";
  static final String PAYMENT_ALLOCATED = "recoup.ledger.payment.allocated.v1";
  private static final Set<String> HANDLED = Set.of(INVOICE_ISSUED, PAYMENT_ALLOCATED);

  @Inject InboundEvents inbound;
  @Inject ObjectMapper mapper;
  @Inject RecordLedgerMovementUseCase recordMovement;

  @Incoming("ledger-events")
  @Blocking
  public void consume(String value) {
    String type = typeOf(value);
    if (type != null && !HANDLED.contains(type)) {
      Log.debugf("skipped ledger event type=%s", type);
      return;
    }
    CloudEvent event = inbound.parse(value);
    RecordLedgerMovementCommand command = toCommand(event);
    inbound.apply(CONSUMER, event, applied -> recordMovement.record(command));
  }

  private RecordLedgerMovementCommand toCommand(CloudEvent event) {
    if (INVOICE_ISSUED.equals(event.type())) {
      InvoiceIssued invoice = inbound.data(event, InvoiceIssued.class);
      return RecordLedgerMovementCommand.invoiceIssued(
          new CustomerNumber(invoice.customerNumber()), invoice.functionalAmount(), event.time());
    }
    PaymentAllocated payment = inbound.data(event, PaymentAllocated.class);
    return RecordLedgerMovementCommand.paymentAllocated(
        new CustomerNumber(payment.customerNumber()), payment.functionalAmount(), event.time());
  }

  /** The event's type when the value is readable JSON; a broken value is left to the parser. */
  private String typeOf(String value) {
    try {
      JsonNode type = value == null ? null : mapper.readTree(value).get("type");
      return type != null && type.isTextual() ? type.asText() : null;
    } catch (Exception unreadable) {
      return null;
    }
  }

  /** The part of {@code recoup.ledger.invoice.issued.v1} this service reads. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record InvoiceIssued(String customerNumber, Money functionalAmount) {}

  /** The part of {@code recoup.ledger.payment.allocated.v1} this service reads. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PaymentAllocated(String customerNumber, Money functionalAmount) {}
}
