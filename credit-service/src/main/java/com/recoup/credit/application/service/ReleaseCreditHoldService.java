package com.recoup.credit.application.service;

import com.recoup.credit.application.port.in.ReleaseCreditHoldCommand;
import com.recoup.credit.application.port.in.ReleaseCreditHoldUseCase;
import com.recoup.credit.application.port.out.CreditEventPublisher;
import com.recoup.credit.application.port.out.CreditHoldRepository;
import com.recoup.credit.domain.CreditHold;
import com.recoup.credit.domain.CreditHoldReleased;
import com.recoup.kernel.domain.DomainException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Lifts a hold, once. */
@Transactional
public class ReleaseCreditHoldService implements ReleaseCreditHoldUseCase {

  private final CreditHoldRepository holds;
  private final CreditEventPublisher events;
  private final Clock clock;

  public ReleaseCreditHoldService(
      CreditHoldRepository holds, CreditEventPublisher events, Clock clock) {
    this.holds = holds;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public CreditHold release(ReleaseCreditHoldCommand command) {
    CreditHold hold =
        holds
            .findForUpdate(command.holdId())
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "credit-hold-not-found", "no credit hold " + command.holdId()));

    CreditHoldReleased released =
        hold.release(
            command.releasedBy(), clock.instant().truncatedTo(ChronoUnit.MILLIS), command.reason());

    holds.save(hold);
    events.holdReleased(released);
    return hold;
  }
}
