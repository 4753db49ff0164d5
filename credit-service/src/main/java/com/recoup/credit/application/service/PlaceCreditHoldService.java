package com.recoup.credit.application.service;

import com.recoup.credit.application.port.in.PlaceCreditHoldCommand;
import com.recoup.credit.application.port.in.PlaceCreditHoldUseCase;
import com.recoup.credit.application.port.out.CreditEventPublisher;
import com.recoup.credit.application.port.out.CreditHoldRepository;
import com.recoup.credit.domain.CreditHold;
import com.recoup.credit.domain.CreditHoldId;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Places a manual hold. A customer need not be known to the ledger yet: a prospect may be
 * blacklisted before the first order.
 */
@Transactional
public class PlaceCreditHoldService implements PlaceCreditHoldUseCase {

  private final CreditHoldRepository holds;
  private final CreditEventPublisher events;
  private final Clock clock;

  public PlaceCreditHoldService(
      CreditHoldRepository holds, CreditEventPublisher events, Clock clock) {
    this.holds = holds;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public CreditHold place(PlaceCreditHoldCommand command) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    CreditHold.Builder facts =
        CreditHold.builder()
            .id(CreditHoldId.random())
            .customerNumber(command.customerNumber())
            .reason(command.reason())
            .evidence(command.evidence())
            .expiresOn(command.expiresOn())
            .placed(command.placedBy(), now);

    CreditHold hold = CreditHold.placeManually(facts, LocalDate.now(clock));

    holds.save(hold);
    events.holdPlaced(hold.placed());
    return hold;
  }
}
