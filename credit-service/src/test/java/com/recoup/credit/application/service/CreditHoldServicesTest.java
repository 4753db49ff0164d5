package com.recoup.credit.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.credit.application.port.in.ListCreditHoldsQuery;
import com.recoup.credit.application.port.in.Page;
import com.recoup.credit.application.port.in.PageRequest;
import com.recoup.credit.application.port.in.PlaceCreditHoldCommand;
import com.recoup.credit.application.port.in.ReleaseCreditHoldCommand;
import com.recoup.credit.domain.CreditHold;
import com.recoup.credit.domain.CreditHoldId;
import com.recoup.credit.domain.CreditHoldPlaced;
import com.recoup.credit.domain.CreditHoldReleased;
import com.recoup.credit.domain.CustomerNumber;
import com.recoup.kernel.domain.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditHoldServicesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  private static final CustomerNumber CUSTOMER = CustomerNumber.of("C-1001");

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryCreditHoldRepository holds = new InMemoryCreditHoldRepository();
  private final RecordingCreditEventPublisher events = new RecordingCreditEventPublisher();
  private final PlaceCreditHoldService place = new PlaceCreditHoldService(holds, events, clock);
  private final ReleaseCreditHoldService release =
      new ReleaseCreditHoldService(holds, events, clock);
  private final ListCreditHoldsService list = new ListCreditHoldsService(holds, clock);

  @Test
  void givenAReason_whenPlaced_thenSavedAndAnnouncedAtTheClocksTime() {
    CreditHold hold = place.place(command("90 days past due above 50000.00"));

    assertThat(holds.saved).containsKey(hold.id());
    assertThat(hold.placedAt()).isEqualTo(NOW);
    assertThat(events.published)
        .singleElement()
        .isInstanceOfSatisfying(
            CreditHoldPlaced.class, e -> assertThat(e.holdId()).isEqualTo(hold.id()));
  }

  @Test
  void givenNoReason_whenPlaced_thenNothingSavedOrAnnounced() {
    assertThatThrownBy(() -> place.place(command(" "))).isInstanceOf(DomainException.class);

    assertThat(holds.saved).isEmpty();
    assertThat(events.published).isEmpty();
  }

  @Test
  void givenAPlacedHold_whenReleased_thenSavedInactiveAndAnnounced() {
    CreditHold hold = place.place(command("disputed everything"));

    release.release(new ReleaseCreditHoldCommand(hold.id(), "settled", "lars.lead"));

    assertThat(holds.saved.get(hold.id()).isActiveOn(LocalDate.of(2026, 3, 2))).isFalse();
    assertThat(events.published.get(1)).isInstanceOf(CreditHoldReleased.class);
  }

  @Test
  void givenAnUnknownHold_whenReleased_thenNotFound() {
    ReleaseCreditHoldCommand command =
        new ReleaseCreditHoldCommand(CreditHoldId.random(), "settled", "lars.lead");

    assertThatThrownBy(() -> release.release(command))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("credit-hold-not-found"));
  }

  @Test
  void givenOneActiveAndOneReleasedHold_whenListingActive_thenOnlyTheActiveOne() {
    CreditHold kept = place.place(command("first"));
    CreditHold lifted = place.place(command("second"));
    release.release(new ReleaseCreditHoldCommand(lifted.id(), "settled", "lars.lead"));

    Page<CreditHold> active =
        list.list(
            new ListCreditHoldsQuery(
                Optional.of(CUSTOMER), Optional.of(true), new PageRequest(0, 10)));

    assertThat(active.total()).isEqualTo(1);
    assertThat(active.items()).extracting(CreditHold::id).containsExactly(kept.id());
  }

  private static PlaceCreditHoldCommand command(String reason) {
    return new PlaceCreditHoldCommand(CUSTOMER, reason, null, null, "mia.manager");
  }
}
