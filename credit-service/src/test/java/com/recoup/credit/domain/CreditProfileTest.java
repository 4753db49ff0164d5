package com.recoup.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditProfileTest {

  private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
  private static final LocalDate APRIL_15 = LocalDate.of(2026, 4, 15);

  private final CreditProfile profile =
      CreditProfile.start(CustomerNumber.of("C-1001"), Money.currencyOf("EUR"));

  @Test
  void givenNoInvoices_whenStarted_thenExposureIsZeroInTheFunctionalCurrency() {
    assertThat(profile.exposure()).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(profile.openInvoiceCount()).isZero();
    assertThat(profile.oldestOpenDueDate()).isEmpty();
    assertThat(profile.name()).isEmpty();
  }

  @Test
  void givenTwoInvoices_whenIssued_thenExposureIsTheirSumAndTheEarlierDueDateIsOldest() {
    profile.invoiceIssued("INV-2", APRIL_15, Money.of("400.50", "EUR"));
    profile.invoiceIssued("INV-1", MARCH_31, Money.of("1250.00", "EUR"));

    // 1250.00 + 400.50 = 1650.50
    assertThat(profile.exposure()).isEqualTo(Money.of("1650.50", "EUR"));
    assertThat(profile.openInvoiceCount()).isEqualTo(2);
    assertThat(profile.oldestOpenDueDate()).contains(MARCH_31);
  }

  @Test
  void givenAPartialPayment_whenAllocated_thenExposureDropsByTheAllocatedAmount() {
    profile.invoiceIssued("INV-1", MARCH_31, Money.of("1250.00", "EUR"));
    profile.invoiceIssued("INV-2", APRIL_15, Money.of("400.50", "EUR"));

    profile.paymentAllocated("INV-1", Money.of("300.00", "EUR"));

    // (1250.00 - 300.00) + 400.50 = 950.00 + 400.50 = 1350.50; INV-1 stays open
    assertThat(profile.exposure()).isEqualTo(Money.of("1350.50", "EUR"));
    assertThat(profile.openInvoiceCount()).isEqualTo(2);
  }

  @Test
  void givenMoreAllocatedThanInvoiced_whenAllocated_thenExposureStopsAtZero() {
    profile.invoiceIssued("INV-1", MARCH_31, Money.of("100.00", "EUR"));

    profile.paymentAllocated("INV-1", Money.of("150.00", "EUR"));

    // 100.00 - 150.00 = -50.00, which is not owed by anyone: exposure is 0.00
    assertThat(profile.exposure()).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(profile.openInvoiceCount()).isZero();
    assertThat(profile.oldestOpenDueDate()).isEmpty();
  }

  @Test
  void givenAnOverAllocationOnOneInvoice_whenAllocated_thenOtherInvoicesKeepTheirAmount() {
    profile.invoiceIssued("INV-1", MARCH_31, Money.of("100.00", "EUR"));
    profile.invoiceIssued("INV-2", APRIL_15, Money.of("200.00", "EUR"));

    profile.paymentAllocated("INV-1", Money.of("150.00", "EUR"));

    // INV-1 closes at 0.00 (the 50.00 excess reduces nothing); INV-2 still owes 200.00
    assertThat(profile.exposure()).isEqualTo(Money.of("200.00", "EUR"));
    assertThat(profile.oldestOpenDueDate()).contains(APRIL_15);
  }

  @Test
  void givenAnAllocationToAnInvoiceNotOpen_whenAllocated_thenNothingChanges() {
    profile.invoiceIssued("INV-1", MARCH_31, Money.of("100.00", "EUR"));

    profile.paymentAllocated("INV-9", Money.of("60.00", "EUR"));

    assertThat(profile.exposure()).isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void givenAnExchangeRateResidue_whenTheInvoiceIsSettled_thenItNoLongerCounts() {
    profile.invoiceIssued("INV-1", MARCH_31, Money.of("1250.00", "EUR"));
    profile.paymentAllocated("INV-1", Money.of("1249.99", "EUR"));

    profile.invoiceSettled("INV-1");

    // 1250.00 - 1249.99 = 0.01 left by the rate; the ledger settled it, so 0.00
    assertThat(profile.exposure()).isEqualTo(Money.of("0.00", "EUR"));
  }

  @Test
  void givenAnInvoiceAlreadyOpen_whenIssuedAgain_thenItCountsOnce() {
    profile.invoiceIssued("INV-1", MARCH_31, Money.of("1250.00", "EUR"));

    profile.invoiceIssued("INV-1", MARCH_31, Money.of("1250.00", "EUR"));

    assertThat(profile.exposure()).isEqualTo(Money.of("1250.00", "EUR"));
    assertThat(profile.openInvoiceCount()).isEqualTo(1);
  }

  @Test
  void givenAnAmountInAnotherCurrency_whenIssued_thenRefused() {
    assertThatThrownBy(() -> profile.invoiceIssued("INV-1", MARCH_31, Money.of("10.00", "USD")))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("not-functional-currency"));
  }

  @Test
  void givenANegativeInvoice_whenIssued_thenRefused() {
    assertThatThrownBy(() -> profile.invoiceIssued("INV-1", MARCH_31, Money.of("-10.00", "EUR")))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("negative-invoice-amount"));
  }

  @Test
  void givenCustomerMasterData_whenDescribed_thenNameAndSegmentShow() {
    profile.describe("Müller Maschinenbau GmbH", "KEY_ACCOUNT");

    assertThat(profile.name()).contains("Müller Maschinenbau GmbH");
    assertThat(profile.segment()).contains("KEY_ACCOUNT");
  }
}
