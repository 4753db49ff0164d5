package com.recoup.alerting.domain;

import static com.recoup.alerting.domain.Rules.CONCENTRATION_25;
import static com.recoup.alerting.domain.Rules.eur;
import static com.recoup.alerting.domain.Rules.owes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AlertLifecycleTest {

  private static final OffsetDateTime RAISED_AT = OffsetDateTime.parse("2026-03-02T09:00:00Z");
  private static final OffsetDateTime LATER = OffsetDateTime.parse("2026-03-05T14:30:00Z");
  private static final AlertId ID =
      new AlertId(UUID.fromString("7d0c9a4e-0c52-4f4e-9f57-000000000001"));

  // A holds 30,000 of 100,000 = 30.00 % > 25.00 %
  private final Evaluation breach =
      CONCENTRATION_25.evaluate(owes("A", "30000.00"), eur("100000.00"));
  // after paying 10,000: 20,000 of 90,000 = 22.22 %
  private final Evaluation clear =
      CONCENTRATION_25.evaluate(owes("A", "20000.00"), eur("90000.00"));

  @Test
  void givenNoActiveAlert_breach_raisesAnOpenAlert() {
    AlertTransition transition =
        AlertLifecycle.next(Optional.empty(), CONCENTRATION_25, breach, () -> ID, RAISED_AT);

    assertThat(transition).isInstanceOf(AlertTransition.Raised.class);
    Alert alert = ((AlertTransition.Raised) transition).alert();
    assertThat(alert.id()).isEqualTo(ID);
    assertThat(alert.state()).isEqualTo(AlertState.OPEN);
    assertThat(alert.ruleId()).isEqualTo(new RuleId("concentration-25"));
    assertThat(alert.ruleType()).isEqualTo(RuleType.CONCENTRATION);
    assertThat(alert.severity()).isEqualTo(Severity.WARNING);
    assertThat(alert.subject()).isEqualTo("customer/A");
    assertThat(alert.currency()).isEqualTo("EUR");
    assertThat(alert.raisedAt()).isEqualTo(RAISED_AT);
    assertThat(alert.figures()).containsEntry("share", "30.00").containsEntry("threshold", "25.00");
  }

  @Test
  void givenActiveAlert_repeatedBreach_raisesNothing() {
    Alert active = Alert.raise(ID, CONCENTRATION_25, breach, RAISED_AT);
    // a later invoice of 1,000 keeps A above: 31,000 / 101,000 = 30.69 %
    Evaluation stillBreached = CONCENTRATION_25.evaluate(owes("A", "31000.00"), eur("101000.00"));
    Supplier<AlertId> mustNotBeAsked =
        () -> {
          throw new AssertionError("no second alert may be raised");
        };

    AlertTransition transition =
        AlertLifecycle.next(
            Optional.of(active), CONCENTRATION_25, stillBreached, mustNotBeAsked, LATER);

    assertThat(stillBreached.figures()).containsEntry("share", "30.69");
    assertThat(transition).isInstanceOf(AlertTransition.Unchanged.class);
  }

  @Test
  void givenAcknowledgedAlert_repeatedBreach_raisesNothing() {
    Alert acknowledged =
        Alert.raise(ID, CONCENTRATION_25, breach, RAISED_AT).acknowledge("mei.chen", LATER);

    AlertTransition transition =
        AlertLifecycle.next(
            Optional.of(acknowledged), CONCENTRATION_25, breach, AlertId::random, LATER);

    assertThat(transition).isInstanceOf(AlertTransition.Unchanged.class);
  }

  @Test
  void givenActiveAlert_conditionClears_resolvesWithTheClearingFigures() {
    Alert active = Alert.raise(ID, CONCENTRATION_25, breach, RAISED_AT);

    AlertTransition transition =
        AlertLifecycle.next(Optional.of(active), CONCENTRATION_25, clear, AlertId::random, LATER);

    assertThat(transition).isInstanceOf(AlertTransition.Resolved.class);
    Alert resolved = ((AlertTransition.Resolved) transition).alert();
    assertThat(resolved.id()).isEqualTo(ID);
    assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
    assertThat(resolved.resolvedAt()).isEqualTo(LATER);
    assertThat(resolved.raisedAt()).isEqualTo(RAISED_AT);
    assertThat(resolved.figures()).containsEntry("share", "22.22");
    assertThat(resolved.message()).contains("22.22 %", "within the 25.00 % threshold");
  }

  @Test
  void givenNoActiveAlert_clearCondition_changesNothing() {
    AlertTransition transition =
        AlertLifecycle.next(Optional.empty(), CONCENTRATION_25, clear, AlertId::random, LATER);

    assertThat(transition).isInstanceOf(AlertTransition.Unchanged.class);
  }
}
