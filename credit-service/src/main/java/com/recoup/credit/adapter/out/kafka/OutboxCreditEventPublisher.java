package com.recoup.credit.adapter.out.kafka;

import com.recoup.credit.application.port.out.CreditEventPublisher;
import com.recoup.credit.domain.CreditHoldId;
import com.recoup.credit.domain.CreditHoldPlaced;
import com.recoup.credit.domain.CreditHoldReleased;
import com.recoup.kernel.event.OutgoingEvent;
import com.recoup.kernel.outbox.Outbox;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Writes credit events to the outbox, which the relay publishes on {@value #TOPIC}. */
@ApplicationScoped
public class OutboxCreditEventPublisher implements CreditEventPublisher {

  static final String TOPIC = "recoup.credit.v1";
  static final String HOLD_PLACED = "recoup.credit.hold.placed.v1";
  static final String HOLD_RELEASED = "recoup.credit.hold.released.v1";

  @Inject Outbox outbox;

  @Override
  public void holdPlaced(CreditHoldPlaced event) {
    CreditHoldEventData.Placed data =
        new CreditHoldEventData.Placed(
            event.holdId().toString(),
            event.customerNumber().value(),
            event.origin().name(),
            event.reason(),
            event.evidence(),
            event.expiresOn(),
            event.placedBy(),
            event.placedAt());
    append(HOLD_PLACED, event.holdId(), event.customerNumber().value(), event.placedAt(), data);
    Log.infof("credit hold placed hold=%s customer=%s", event.holdId(), event.customerNumber());
  }

  @Override
  public void holdReleased(CreditHoldReleased event) {
    CreditHoldEventData.Released data =
        new CreditHoldEventData.Released(
            event.holdId().toString(),
            event.customerNumber().value(),
            event.reason(),
            event.releasedBy(),
            event.releasedAt());
    append(HOLD_RELEASED, event.holdId(), event.customerNumber().value(), event.releasedAt(), data);
    Log.infof("credit hold released hold=%s customer=%s", event.holdId(), event.customerNumber());
  }

  private void append(String type, CreditHoldId holdId, String customer, Instant at, Object data) {
    OffsetDateTime time = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    outbox.append(TOPIC, new OutgoingEvent(type, "credit-hold/" + holdId, customer, time, data));
  }
}
