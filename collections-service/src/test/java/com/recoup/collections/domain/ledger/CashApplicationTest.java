package com.recoup.collections.domain.ledger;

import static com.recoup.collections.domain.ledger.LedgerFixtures.invoice;
import static com.recoup.collections.domain.ledger.LedgerFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CashApplicationTest {

  private static final LocalDate DUE = LocalDate.of(2026, 12, 2);

  @Test
  void givenInvoiceNumberInRemittance_propose_matchesThatInvoice() {
    Invoice named = invoice("INV-2026-0002", "80.00", DUE.plusDays(5));
    Invoice older = invoice("INV-2026-0001", "80.00", DUE);

    List<CashApplication.Match> matches =
        CashApplication.propose(
            payment("80.00", "Payment for invoice inv-2026-0002, thanks"),
            List.of(older, named),
            false);

    assertThat(matches)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.invoice()).isSameAs(named);
              assertThat(m.method()).isEqualTo(AllocationMethod.INVOICE_NUMBER);
            });
  }

  @Test
  void givenANumberInsideALongerNumber_propose_doesNotTakeIt() {
    // "INV-1" must not match "INV-12": the remittance names another invoice.
    assertThat(CashApplication.mentions("PAYING INV-12", "INV-1")).isFalse();
    assertThat(CashApplication.mentions("PAYING INV-1.", "INV-1")).isTrue();
  }

  @Test
  void givenNoReferenceButOneExactOpenAmount_propose_matchesByAmount() {
    Invoice a = invoice("A", "100.00", DUE);
    Invoice b = invoice("B", "250.00", DUE);

    List<CashApplication.Match> matches =
        CashApplication.propose(payment("250.00", "thank you"), List.of(a, b), false);

    assertThat(matches)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.invoice()).isSameAs(b);
              assertThat(m.method()).isEqualTo(AllocationMethod.EXACT_AMOUNT);
            });
  }

  @Test
  void givenTwoInvoicesWithTheSameAmount_propose_guessesNothing() {
    List<CashApplication.Match> matches =
        CashApplication.propose(
            payment("100.00", null),
            List.of(invoice("A", "100.00", DUE), invoice("B", "100.00", DUE)),
            false);

    assertThat(matches).isEmpty();
  }

  @Test
  void givenOldestFirstAllowed_propose_fillsTheOldestDueDatesFirst() {
    Invoice later = invoice("L", "100.00", DUE.plusDays(10));
    Invoice earlier = invoice("E", "60.00", DUE);

    List<CashApplication.Match> matches =
        CashApplication.propose(payment("90.00", null), List.of(later, earlier), true);

    // 90.00 pays E (60.00) in full and 30.00 of L.
    assertThat(matches).extracting(m -> m.invoice().number().value()).containsExactly("E", "L");
    assertThat(matches)
        .extracting(CashApplication.Match::amount)
        .containsExactly(Money.of("60.00", "EUR"), Money.of("30.00", "EUR"));
  }
}
