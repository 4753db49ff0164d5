package com.recoup.kpi.adapter.in.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoup.kernel.event.CloudEvent;
import com.recoup.kernel.inbox.InboundEvents;
import com.recoup.kpi.application.port.in.ProjectLedgerEventsUseCase;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the receivables read model from recoup.ledger.v1. Each event is validated and applied once
 * through the kernel's inbox; event types this service has no use for are skipped before
 * validation, so that a new ledger event type never blocks the partition.
 */
@ApplicationScoped
public class LedgerEventsConsumer {

  static final String CONSUMER = "kpi-service";

  private final Map<String, BiConsumer<LedgerEventsConsumer, CloudEvent>> handlers =
      Map.of(
          "recoup.ledger.customer.upserted.v1", LedgerEventsConsumer::customerUpserted,
          "recoup.ledger.invoice.issued.v1", LedgerEventsConsumer::invoiceIssued,
          "recoup.ledger.payment.allocated.v1", LedgerEventsConsumer::paymentAllocated,
          "recoup.ledger.invoice.settled.v1", LedgerEventsConsumer::invoiceSettled);

  @Inject InboundEvents inbound;
  @Inject ObjectMapper mapper;
  @Inject ProjectLedgerEventsUseCase projection;

  @Incoming("ledger-events")
  @Blocking
  public void onLedgerEvent(String value) {
    String type = typeOf(value);
    if (type != null && !handlers.containsKey(type)) {
      Log.debugf("skipped ledger event type=%s", type);
      return;
    }
    inbound.process(CONSUMER, value, event -> handlers.get(event.type()).accept(this, event));
  }

  private void customerUpserted(CloudEvent event) {
    projection.customerUpserted(inbound.data(event, LedgerData.CustomerData.class).toDomain());
  }

  private void invoiceIssued(CloudEvent event) {
    LedgerData.InvoiceData data = inbound.data(event, LedgerData.InvoiceData.class);
    projection.invoiceIssued(data.toDomain());
    Log.debugf("projected invoice=%s event=%s", data.invoiceNumber(), event.id());
  }

  private void paymentAllocated(CloudEvent event) {
    LedgerData.AllocationData data = inbound.data(event, LedgerData.AllocationData.class);
    projection.paymentAllocated(data.toDomain(event.id()));
    Log.debugf("projected allocation to invoice=%s event=%s", data.invoiceNumber(), event.id());
  }

  private void invoiceSettled(CloudEvent event) {
    projection.invoiceSettled(inbound.data(event, LedgerData.SettlementData.class).toDomain());
  }

  /** The event's type, or null when the value is not a JSON object with one (then poison). */
  private String typeOf(String value) {
    try {
      JsonNode type = value == null ? null : mapper.readTree(value).get("type");
      return type != null && type.isTextual() ? type.asText() : null;
    } catch (Exception unreadable) {
      return null;
    }
  }
}
