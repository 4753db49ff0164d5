package com.recoup.credit.adapter.in.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoup.credit.adapter.in.kafka.LedgerEventData.CustomerUpserted;
import com.recoup.credit.adapter.in.kafka.LedgerEventData.InvoiceIssued;
import com.recoup.credit.adapter.in.kafka.LedgerEventData.InvoiceSettled;
import com.recoup.credit.adapter.in.kafka.LedgerEventData.PaymentAllocated;
import com.recoup.credit.application.port.in.UpdateCreditProfileCommand;
import com.recoup.credit.application.port.in.UpdateCreditProfileCommand.DescribeCustomer;
import com.recoup.credit.application.port.in.UpdateCreditProfileCommand.RecordInvoiceIssued;
import com.recoup.credit.application.port.in.UpdateCreditProfileCommand.RecordInvoiceSettled;
import com.recoup.credit.application.port.in.UpdateCreditProfileCommand.RecordPaymentAllocated;
import com.recoup.credit.application.port.in.UpdateCreditProfileUseCase;
import com.recoup.credit.domain.CustomerNumber;
import com.recoup.kernel.event.CloudEvent;
import com.recoup.kernel.inbox.InboundEvents;
import com.recoup.kernel.inbox.PoisonEventException;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the credit profiles from the ledger topic. Each event is applied once (the inbox drops
 * repeats); event types credit does not use are skipped; an event that cannot be applied goes to
 * the dead-letter topic with the reason.
 */
@ApplicationScoped
public class LedgerEventsConsumer {

  static final String CONSUMER = "credit-service.ledger-events";

  @Inject InboundEvents inbound;
  @Inject ObjectMapper mapper;
  @Inject UpdateCreditProfileUseCase profiles;

  private final Map<String, Function<CloudEvent, UpdateCreditProfileCommand>> commands =
      Map.of(
          "recoup.ledger.customer.upserted.v1", this::describeCustomer,
          "recoup.ledger.invoice.issued.v1", this::recordInvoiceIssued,
          "recoup.ledger.payment.allocated.v1", this::recordPaymentAllocated,
          "recoup.ledger.invoice.settled.v1", this::recordInvoiceSettled);

  @Incoming("ledger-events")
  @Blocking
  public void consume(String value) {
    String type = peekType(value);
    if (type != null && !commands.containsKey(type)) {
      Log.debugf("skipped ledger event of unused type=%s", type);
      return;
    }
    CloudEvent event = inbound.parse(value);
    UpdateCreditProfileCommand command = commands.get(event.type()).apply(event);
    inbound.apply(CONSUMER, event, applied -> profiles.update(command));
    Log.debugf(
        "applied event=%s type=%s customer=%s", event.id(), event.type(), event.partitionkey());
  }

  /** The event's type when the value is a JSON object with one; else null, and parse refuses it. */
  private String peekType(String value) {
    try {
      JsonNode type = value == null ? null : mapper.readTree(value).get("type");
      return type != null && type.isTextual() ? type.asText() : null;
    } catch (JsonProcessingException unreadable) {
      return null;
    }
  }

  private UpdateCreditProfileCommand describeCustomer(CloudEvent event) {
    CustomerUpserted data = inbound.data(event, CustomerUpserted.class);
    return new DescribeCustomer(customer(data.customerNumber()), data.name(), data.segment());
  }

  private UpdateCreditProfileCommand recordInvoiceIssued(CloudEvent event) {
    InvoiceIssued data = inbound.data(event, InvoiceIssued.class);
    return new RecordInvoiceIssued(
        customer(data.customerNumber()),
        data.invoiceNumber(),
        data.dueDate(),
        data.functionalAmount());
  }

  private UpdateCreditProfileCommand recordPaymentAllocated(CloudEvent event) {
    PaymentAllocated data = inbound.data(event, PaymentAllocated.class);
    return new RecordPaymentAllocated(
        customer(data.customerNumber()), data.invoiceNumber(), data.functionalAmount());
  }

  private UpdateCreditProfileCommand recordInvoiceSettled(CloudEvent event) {
    InvoiceSettled data = inbound.data(event, InvoiceSettled.class);
    return new RecordInvoiceSettled(customer(data.customerNumber()), data.invoiceNumber());
  }

  private static CustomerNumber customer(String value) {
    try {
      return CustomerNumber.of(value);
    } catch (IllegalArgumentException invalid) {
      throw new PoisonEventException(invalid.getMessage(), invalid);
    }
  }
}
