package com.recoup.kpi.adapter.out.kafka;

import com.recoup.kernel.event.OutgoingEvent;
import com.recoup.kernel.outbox.Outbox;
import com.recoup.kpi.application.port.out.KpiEventPublisher;
import com.recoup.kpi.domain.Target;
import com.recoup.kpi.domain.TargetSet;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes kpi-service's events to the transactional outbox for recoup.kpi.v1. Targets concern the
 * whole portfolio, not one customer, so they share the partition key {@value #PORTFOLIO}.
 */
@ApplicationScoped
public class OutboxKpiEventPublisher implements KpiEventPublisher {

  static final String TOPIC = "recoup.kpi.v1";
  static final String TARGET_SET = "recoup.kpi.target.set.v1";
  static final String PORTFOLIO = "portfolio";

  @Inject Outbox outbox;

  @Override
  public void targetSet(TargetSet event) {
    Target target = event.target();
    String subject = "target/%s/%s".formatted(target.quarter(), target.figure());

    outbox.append(
        TOPIC,
        new OutgoingEvent(TARGET_SET, subject, PORTFOLIO, target.setAt(), TargetSetData.of(event)));
    Log.infof(
        "target set figure=%s quarter=%s target=%s direction=%s",
        target.figure(), target.quarter(), target.value(), target.direction());
  }
}
