package com.recoup.alerting.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.alerting.application.port.in.RecordLedgerMovementCommand;
import com.recoup.alerting.domain.Alert;
import com.recoup.alerting.domain.AlertState;
import com.recoup.alerting.domain.ConcentrationRule;
import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.alerting.domain.OpenReceivable;
import com.recoup.alerting.domain.Percentage;
import com.recoup.alerting.domain.RuleId;
import com.recoup.alerting.domain.Severity;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordLedgerMovementServiceTest {

  private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-03-02T09:00:00Z");
  private static final OffsetDateTime FRIDAY = OffsetDateTime.parse("2026-03-06T09:00:00Z");

  private final InMemoryPorts.Receivables receivables = new InMemoryPorts.Receivables();
  private final InMemoryPorts.Rules rules = new InMemoryPorts.Rules();
  private final InMemoryPorts.Alerts alerts = new InMemoryPorts.Alerts();
  private final InMemoryPorts.Events events = new InMemoryPorts.Events();
  private final RecordLedgerMovementService service =
      new RecordLedgerMovementService(receivables, rules, alerts, events);

  @BeforeEach
  void portfolioOfSeventyThousandSpreadOverFourCustomers() {
    rules.rules.add(
        new ConcentrationRule(
            new RuleId("concentration-25"),
            Percentage.of("25.00"),
            new BigDecimal("10000.00"),
            Severity.WARNING,
            true));
    // B 20,000 + C 20,000 + D 20,000 + E 10,000 = 70,000 EUR, nobody above 25 % of it
    receivables.save(owes("B", "20000.00"));
    receivables.save(owes("C", "20000.00"));
    receivables.save(owes("D", "20000.00"));
    receivables.save(owes("E", "10000.00"));
  }

  @Test
  void givenInvoiceMakingAThirtyPercent_record_raisesOneAlertForA() {
    service.record(invoice("A", "30000.00", MONDAY));

    // A: 30,000 / (70,000 + 30,000) = 30.00 % > 25.00 %
    assertThat(events.published).containsExactly("raised:A");
    Alert raised = events.alerts.get(0);
    assertThat(raised.figures())
        .containsEntry("share", "30.00")
        .containsEntry("portfolioTotal", "100000.00");
    assertThat(raised.raisedAt()).isEqualTo(MONDAY);
    assertThat(receivables.find(customer("A"), eur("0").currency()).open())
        .isEqualTo(eur("30000.00"));
  }

  @Test
  void givenOpenAlert_furtherInvoiceKeepingTheShareHigh_raisesNoSecondAlert() {
    service.record(invoice("A", "30000.00", MONDAY));

    service.record(invoice("A", "1000.00", FRIDAY));

    // 31,000 / 101,000 = 30.69 %: still above, still the one alert
    assertThat(events.published).containsExactly("raised:A");
    assertThat(alerts.byId).hasSize(1);
  }

  @Test
  void givenOpenAlert_paymentOfTenThousand_resolvesIt() {
    service.record(invoice("A", "30000.00", MONDAY));

    service.record(payment("A", "10000.00", FRIDAY));

    // 20,000 / 90,000 = 22.22 % <= 25.00 %
    assertThat(events.published).containsExactly("raised:A", "resolved:A");
    Alert resolved = events.alerts.get(1);
    assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
    assertThat(resolved.resolvedAt()).isEqualTo(FRIDAY);
    assertThat(resolved.figures()).containsEntry("share", "22.22");
  }

  @Test
  void givenOpenAlert_anotherCustomersInvoiceDilutesTheShare_resolvesIt() {
    service.record(invoice("A", "30000.00", MONDAY));

    service.record(invoice("F", "20000.00", FRIDAY));

    // A: 30,000 / 120,000 = 25.00 %, no longer above; F: 20,000 / 120,000 = 16.67 %
    assertThat(events.published).containsExactly("raised:A", "resolved:A");
    assertThat(events.alerts.get(1).figures()).containsEntry("share", "25.00");
  }

  @Test
  void givenOpenAlert_aResolvedOneAndANewBreach_raisesANewAlert() {
    service.record(invoice("A", "30000.00", MONDAY));
    service.record(payment("A", "10000.00", MONDAY));

    service.record(invoice("A", "20000.00", FRIDAY));

    // 40,000 / 110,000 = 36.36 %: a new alert, the resolved one stays resolved
    assertThat(events.published).containsExactly("raised:A", "resolved:A", "raised:A");
    assertThat(events.alerts.get(2).id()).isNotEqualTo(events.alerts.get(0).id());
    assertThat(events.alerts.get(2).figures()).containsEntry("share", "36.36");
  }

  @Test
  void givenDisabledRule_record_raisesNothing() {
    rules.rules.replaceAll(
        rule ->
            new ConcentrationRule(
                rule.id(), Percentage.of("25.00"), BigDecimal.ZERO, Severity.WARNING, false));

    service.record(invoice("A", "30000.00", MONDAY));

    assertThat(events.published).isEmpty();
  }

  @Test
  void givenAnotherFunctionalCurrency_record_judgesItsOwnPortfolio() {
    // 5,000 USD is the whole USD portfolio, but 5,000 < 10,000: no alert; EUR is untouched
    service.record(
        RecordLedgerMovementCommand.invoiceIssued(
            customer("A"), Money.of("5000.00", "USD"), MONDAY));

    assertThat(events.published).isEmpty();
    assertThat(receivables.portfolioTotal(eur("0").currency())).isEqualTo(eur("70000.00"));
  }

  @Test
  void givenNoRules_record_stillKeepsTheBalance() {
    rules.rules.clear();

    service.record(payment("B", "5000.00", MONDAY));

    // B: 20,000 - 5,000 = 15,000
    assertThat(receivables.find(customer("B"), eur("0").currency()).open())
        .isEqualTo(eur("15000.00"));
  }

  @Test
  void givenAmountWithTooManyDecimals_command_isRefusedBeforeAnythingChanges() {
    assertThatThrownBy(() -> invoice("A", "1.001", MONDAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static RecordLedgerMovementCommand invoice(
      String customer, String amount, OffsetDateTime at) {
    return RecordLedgerMovementCommand.invoiceIssued(customer(customer), eur(amount), at);
  }

  private static RecordLedgerMovementCommand payment(
      String customer, String amount, OffsetDateTime at) {
    return RecordLedgerMovementCommand.paymentAllocated(customer(customer), eur(amount), at);
  }

  private static OpenReceivable owes(String customer, String amount) {
    return new OpenReceivable(customer(customer), eur(amount));
  }

  private static CustomerNumber customer(String number) {
    return new CustomerNumber(number);
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
