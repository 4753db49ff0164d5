package com.recoup.kpi.application.service;

import com.recoup.kpi.application.port.in.SetTargetCommand;
import com.recoup.kpi.application.port.in.SetTargetUseCase;
import com.recoup.kpi.application.port.out.KpiEventPublisher;
import com.recoup.kpi.application.port.out.TargetRepository;
import com.recoup.kpi.domain.Target;
import com.recoup.kpi.domain.TargetSet;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Sets a quarter's target for a figure, replacing any earlier one, and publishes the change in the
 * same transaction.
 */
@Transactional
public class SetTargetService implements SetTargetUseCase {

  private final TargetRepository targets;
  private final KpiEventPublisher events;
  private final Clock clock;

  public SetTargetService(TargetRepository targets, KpiEventPublisher events, Clock clock) {
    this.targets = targets;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Target set(SetTargetCommand command) {
    Target target =
        new Target(
            command.figure(),
            command.quarter(),
            command.value(),
            command.direction(),
            command.setBy(),
            OffsetDateTime.now(clock));

    BigDecimal previous =
        targets.find(command.figure(), command.quarter()).map(Target::value).orElse(null);

    targets.save(target);
    events.targetSet(new TargetSet(target, previous));
    return target;
  }
}
