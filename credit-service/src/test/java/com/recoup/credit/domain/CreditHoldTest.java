package com.recoup.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.kernel.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditHoldTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final Instant PLACED_AT = Instant.parse("2026-03-02T09:30:00Z");
  private static final Instant RELEASED_AT = Instant.parse("2026-03-05T14:00:00Z");

  private static CreditHold.Builder hold() {
    return CreditHold.builder()
        .id(CreditHoldId.of("6f1c2b8e-3c55-4d8e-9a51-0b7c1e2f4a90"))
        .customerNumber(CustomerNumber.of("C-1001"))
        .reason("three broken promises in a row")
        .evidence("promises P-17, P-21, P-30")
        .placed("mia.manager", PLACED_AT);
  }

  @Test
  void givenNoReason_whenPlaced_thenRefused() {
    assertRuleViolated(() -> CreditHold.placeManually(hold().reason(null), TODAY), "hold-reason");
    assertRuleViolated(() -> CreditHold.placeManually(hold().reason("  "), TODAY), "hold-reason");
  }

  @Test
  void givenAnExpiryToday_whenPlaced_thenRefused() {
    assertRuleViolated(
        () -> CreditHold.placeManually(hold().expiresOn(TODAY), TODAY),
        "hold-expiry-not-in-future");
  }

  @Test
  void givenAReason_whenPlaced_thenActiveAndTheEventCarriesTheFacts() {
    CreditHold placed = CreditHold.placeManually(hold(), TODAY);

    assertThat(placed.isActiveOn(TODAY)).isTrue();
    CreditHoldPlaced event = placed.placed();
    assertThat(event.origin()).isEqualTo(HoldOrigin.MANUAL);
    assertThat(event.customerNumber()).isEqualTo(CustomerNumber.of("C-1001"));
    assertThat(event.placedBy()).isEqualTo("mia.manager");
    assertThat(event.placedAt()).isEqualTo(PLACED_AT);
    assertThat(event.expiresOn()).isNull();
  }

  @Test
  void givenAnExpiryDate_whenThatDayComes_thenTheHoldIsNoLongerActive() {
    LocalDate expiry = LocalDate.of(2026, 4, 1);
    CreditHold placed = CreditHold.placeManually(hold().expiresOn(expiry), TODAY);

    // active through 31 March, inactive from 1 April on
    assertThat(placed.isActiveOn(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(placed.isActiveOn(expiry)).isFalse();
    assertThat(placed.isActiveOn(LocalDate.of(2026, 4, 2))).isFalse();
  }

  @Test
  void givenAnActiveHold_whenReleased_thenInactiveAndTheEventSaysWhoAndWhy() {
    CreditHold placed = CreditHold.placeManually(hold(), TODAY);

    CreditHoldReleased event = placed.release("lars.lead", RELEASED_AT, "paid in full");

    assertThat(placed.isActiveOn(TODAY)).isFalse();
    assertThat(event.releasedBy()).isEqualTo("lars.lead");
    assertThat(event.releasedAt()).isEqualTo(RELEASED_AT);
    assertThat(event.reason()).isEqualTo("paid in full");
    assertThat(placed.release())
        .contains(new HoldRelease("lars.lead", RELEASED_AT, "paid in full"));
  }

  @Test
  void givenAReleasedHold_whenReleasedAgain_thenConflict() {
    CreditHold placed = CreditHold.placeManually(hold(), TODAY);
    placed.release("lars.lead", RELEASED_AT, "paid in full");

    assertThatThrownBy(() -> placed.release("lars.lead", RELEASED_AT, "again"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
              assertThat(e.code()).isEqualTo("hold-already-released");
            });
  }

  @Test
  void givenNoReleaseReason_whenReleased_thenRefusedAndStillActive() {
    CreditHold placed = CreditHold.placeManually(hold(), TODAY);

    assertRuleViolated(() -> placed.release("lars.lead", RELEASED_AT, ""), "release-reason");
    assertThat(placed.isActiveOn(TODAY)).isTrue();
  }

  private static void assertRuleViolated(Runnable action, String codePrefix) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATED);
              assertThat(e.code()).startsWith(codePrefix);
            });
  }
}
