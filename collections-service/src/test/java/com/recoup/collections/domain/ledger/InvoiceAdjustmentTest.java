package com.recoup.collections.domain.ledger;

import static com.recoup.collections.domain.ledger.LedgerFixtures.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Credit notes, write-offs, cancellation and the dispute mark on one invoice. */
class InvoiceAdjustmentTest {

  private static final LocalDate DUE = LocalDate.of(2026, 12, 2);
  private static final LocalDate ISSUED = DUE.minusDays(30);

  @Test
  void givenACreditWithinTheOpenAmount_apply_lowersItAndLeavesTheInvoicePartlySettled() {
    Invoice invoice = invoice("I-1", "1250.00", DUE);

    // 1250.00 - 250.00 = 1000.00
    Money left = invoice.applyCredit(eur("250.00"), ISSUED.plusDays(3));

    assertThat(left).isEqualTo(eur("1000.00"));
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTLY_PAID);
  }

  @Test
  void givenACreditOfAllThatIsOpen_apply_settlesTheInvoice() {
    Invoice invoice = invoice("I-1", "100.00", DUE);
    invoice.applyPayment(eur("40.00"));

    invoice.applyCredit(eur("60.00"), ISSUED);

    assertThat(invoice.openAmount()).isEqualTo(eur("0.00"));
    assertThat(invoice.isSettled()).isTrue();
  }

  @Test
  void givenACreditAboveTheOpenAmount_apply_isRefusedAndNothingChanges() {
    Invoice invoice = invoice("I-1", "100.00", DUE);

    assertThatThrownBy(() -> invoice.applyCredit(eur("100.01"), ISSUED))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("credit-note-exceeds-open-amount");
    assertThat(invoice.openAmount()).isEqualTo(eur("100.00"));
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void givenACreditDatedBeforeTheInvoice_apply_isRefused() {
    Invoice invoice = invoice("I-1", "100.00", DUE);

    assertThatThrownBy(() -> invoice.applyCredit(eur("10.00"), ISSUED.minusDays(1)))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("dated-before-invoice");
  }

  @Test
  void givenACreditInAnotherCurrency_apply_isRefused() {
    Invoice invoice = invoice("I-1", "100.00", DUE);

    assertThatThrownBy(() -> invoice.applyCredit(Money.of("10.00", "USD"), ISSUED))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("currency-mismatch");
  }

  @Test
  void givenPartThenTheRest_writeOff_leavesPartlyPaidThenWrittenOff() {
    Invoice invoice = invoice("I-1", "500.00", DUE);

    // 500.00 - 200.00 = 300.00
    assertThat(invoice.writeOff(eur("200.00"), DUE)).isEqualTo(eur("300.00"));
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTLY_PAID);

    invoice.writeOff(eur("300.00"), DUE);
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.WRITTEN_OFF);
    assertThat(invoice.openAmount().isZero()).isTrue();
  }

  @Test
  void givenMoreThanIsOpen_writeOff_isRefused() {
    Invoice invoice = invoice("I-1", "500.00", DUE);
    invoice.applyPayment(eur("450.00"));

    assertThatThrownBy(() -> invoice.writeOff(eur("50.01"), DUE))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("write-off-exceeds-open-amount");
  }

  @Test
  void givenAWrittenOffInvoice_payment_isRefused() {
    Invoice invoice = invoice("I-1", "500.00", DUE);
    invoice.writeOff(eur("500.00"), DUE);

    assertThatThrownBy(() -> invoice.applyPayment(eur("1.00")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("invoice-not-open");
  }

  @Test
  void givenAnUntouchedInvoice_cancel_closesItWithNothingOpen() {
    Invoice invoice = invoice("I-1", "80.00", DUE);

    invoice.cancel(new Invoice.Cancellation(DUE, "posted twice"));

    assertThat(invoice.status()).isEqualTo(InvoiceStatus.CANCELLED);
    assertThat(invoice.openAmount()).isEqualTo(eur("0.00"));
    assertThat(invoice.cancellation()).hasValue(new Invoice.Cancellation(DUE, "posted twice"));
  }

  @Test
  void givenAPartlyPaidInvoice_cancel_isRefused() {
    Invoice invoice = invoice("I-1", "80.00", DUE);
    invoice.applyPayment(eur("0.01"));

    assertThatThrownBy(() -> invoice.cancel(new Invoice.Cancellation(DUE, "wrong customer")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("invoice-not-cancellable");
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTLY_PAID);
  }

  @Test
  void givenACreditedInvoice_cancel_isRefused() {
    Invoice invoice = invoice("I-1", "80.00", DUE);
    invoice.applyCredit(eur("10.00"), ISSUED);

    assertThatThrownBy(() -> invoice.cancel(new Invoice.Cancellation(DUE, "wrong customer")))
        .hasMessageContaining("only an invoice with nothing paid, credited or written off");
  }

  @Test
  void givenACancellationWithoutReason_cancel_isRefused() {
    assertThatThrownBy(() -> new Invoice.Cancellation(DUE, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenADisputedInvoice_partPayment_keepsItDisputed() {
    Invoice invoice = invoice("I-1", "300.00", DUE);
    invoice.markDisputed(new Invoice.Dispute(DUE, eur("100.00"), "damaged goods"));

    invoice.applyPayment(eur("200.00"));

    assertThat(invoice.status()).isEqualTo(InvoiceStatus.DISPUTED);
    invoice.applyPayment(eur("100.00"));
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void givenASettledInvoice_markDisputed_keepsPaidAndRecordsTheMark() {
    Invoice invoice = invoice("I-1", "300.00", DUE);
    invoice.applyPayment(eur("300.00"));

    invoice.markDisputed(
        new Invoice.Dispute(DUE, invoice.contestableAmount(), "reported by the import"));

    assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(invoice.dispute().orElseThrow().amount()).isEqualTo(eur("300.00"));
  }

  @Test
  void givenADisputedAmountAboveTheInvoice_markDisputed_isRefused() {
    Invoice invoice = invoice("I-1", "300.00", DUE);

    assertThatThrownBy(
            () -> invoice.markDisputed(new Invoice.Dispute(DUE, eur("300.01"), "too much")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("disputed-amount-out-of-range");
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void givenACancelledInvoice_markDisputed_isRefused() {
    Invoice invoice = invoice("I-1", "300.00", DUE);
    invoice.cancel(new Invoice.Cancellation(DUE, "posted twice"));

    assertThatThrownBy(
            () -> invoice.markDisputed(new Invoice.Dispute(DUE, eur("1.00"), "late complaint")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("invoice-not-open");
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
