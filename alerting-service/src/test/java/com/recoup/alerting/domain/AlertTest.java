package com.recoup.alerting.domain;

import static com.recoup.alerting.domain.Rules.CONCENTRATION_25;
import static com.recoup.alerting.domain.Rules.eur;
import static com.recoup.alerting.domain.Rules.owes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.kernel.domain.DomainException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class AlertTest {

  private static final OffsetDateTime RAISED_AT = OffsetDateTime.parse("2026-03-02T09:00:00Z");
  private static final OffsetDateTime SEEN_AT = OffsetDateTime.parse("2026-03-02T10:15:00Z");
  private static final OffsetDateTime CLEARED_AT = OffsetDateTime.parse("2026-03-06T08:00:00Z");

  private final Alert open =
      Alert.raise(
          AlertId.random(),
          CONCENTRATION_25,
          CONCENTRATION_25.evaluate(owes("A", "30000.00"), eur("100000.00")),
          RAISED_AT);
  private final Evaluation clear =
      CONCENTRATION_25.evaluate(owes("A", "20000.00"), eur("90000.00"));

  @Test
  void givenOpenAlert_acknowledge_recordsWhoAndWhen() {
    Alert acknowledged = open.acknowledge("mei.chen", SEEN_AT);

    assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
    assertThat(acknowledged.acknowledgedBy()).isEqualTo("mei.chen");
    assertThat(acknowledged.acknowledgedAt()).isEqualTo(SEEN_AT);
    assertThat(acknowledged.isActive()).isTrue();
  }

  @Test
  void givenAcknowledgedAlert_acknowledgeAgain_conflicts() {
    Alert acknowledged = open.acknowledge("mei.chen", SEEN_AT);

    assertThatThrownBy(() -> acknowledged.acknowledge("li.wei", CLEARED_AT))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("alert-already-acknowledged");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            });
  }

  @Test
  void givenResolvedAlert_acknowledge_conflicts() {
    Alert resolved = open.resolve(clear, CLEARED_AT);

    assertThatThrownBy(() -> resolved.acknowledge("mei.chen", SEEN_AT))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("alert-resolved"));
  }

  @Test
  void givenAcknowledgedAlert_resolve_keepsWhoAcknowledgedIt() {
    Alert resolved = open.acknowledge("mei.chen", SEEN_AT).resolve(clear, CLEARED_AT);

    assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
    assertThat(resolved.acknowledgedBy()).isEqualTo("mei.chen");
    assertThat(resolved.resolvedAt()).isEqualTo(CLEARED_AT);
    assertThat(resolved.isActive()).isFalse();
  }

  @Test
  void givenStillBreachedEvaluation_resolve_refuses() {
    Evaluation breach = CONCENTRATION_25.evaluate(owes("A", "30000.00"), eur("100000.00"));

    assertThatThrownBy(() -> open.resolve(breach, CLEARED_AT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
