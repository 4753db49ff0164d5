package com.recoup.alerting.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.alerting.application.port.in.AcknowledgeAlertCommand;
import com.recoup.alerting.domain.Alert;
import com.recoup.alerting.domain.AlertId;
import com.recoup.alerting.domain.AlertState;
import com.recoup.alerting.domain.ConcentrationRule;
import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.alerting.domain.OpenReceivable;
import com.recoup.alerting.domain.Percentage;
import com.recoup.alerting.domain.RuleId;
import com.recoup.alerting.domain.Severity;
import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AcknowledgeAlertServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:15:00Z");

  private final InMemoryPorts.Alerts alerts = new InMemoryPorts.Alerts();
  private final InMemoryPorts.Events events = new InMemoryPorts.Events();
  private final AcknowledgeAlertService service =
      new AcknowledgeAlertService(alerts, events, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void givenOpenAlert_acknowledge_storesAndPublishesItAtTheClocksTime() {
    Alert open = openAlert();
    alerts.save(open);

    Alert acknowledged = service.acknowledge(new AcknowledgeAlertCommand(open.id(), "mei.chen"));

    assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
    assertThat(acknowledged.acknowledgedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T10:15Z"));
    assertThat(alerts.byId.get(open.id())).isEqualTo(acknowledged);
    assertThat(events.published).containsExactly("acknowledged:A");
  }

  @Test
  void givenUnknownAlert_acknowledge_isNotFound() {
    assertThatThrownBy(
            () -> service.acknowledge(new AcknowledgeAlertCommand(AlertId.random(), "mei.chen")))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("alert-not-found"));
    assertThat(events.published).isEmpty();
  }

  private static Alert openAlert() {
    ConcentrationRule rule =
        new ConcentrationRule(
            new RuleId("concentration-25"),
            Percentage.of("25.00"),
            new BigDecimal("10000.00"),
            Severity.WARNING,
            true);
    OpenReceivable a = new OpenReceivable(new CustomerNumber("A"), Money.of("30000.00", "EUR"));
    return Alert.raise(
        AlertId.random(),
        rule,
        rule.evaluate(a, Money.of("100000.00", "EUR")),
        OffsetDateTime.parse("2026-03-02T09:00:00Z"));
  }
}
