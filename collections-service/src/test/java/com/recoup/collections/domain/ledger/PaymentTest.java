package com.recoup.collections.domain.ledger;

import static com.recoup.collections.domain.ledger.LedgerFixtures.invoice;
import static com.recoup.collections.domain.ledger.LedgerFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentTest {

  private static final LocalDate DUE = LocalDate.of(2026, 12, 2);

  @Test
  void givenTwoAllocations_unapplied_isWhatRemains() {
    Payment payment = payment("500.00", null);

    payment.allocate(
        invoice("I-1", "200.00", DUE), Money.of("200.00", "EUR"), AllocationMethod.EXPLICIT);
    payment.allocate(
        invoice("I-2", "250.00", DUE), Money.of("120.50", "EUR"), AllocationMethod.EXPLICIT);

    // 500.00 - 200.00 - 120.50 = 179.50
    assertThat(payment.unappliedAmount()).isEqualTo(Money.of("179.50", "EUR"));
  }

  @Test
  void givenMoreThanThePaymentHolds_allocate_isRefusedAndTheInvoiceIsUntouched() {
    Payment payment = payment("100.00", null);
    Invoice invoice = invoice("I-1", "300.00", DUE);

    assertThatThrownBy(
            () -> payment.allocate(invoice, Money.of("150.00", "EUR"), AllocationMethod.EXPLICIT))
        .hasMessageContaining("100.00 EUR unapplied");
    assertThat(invoice.openAmount()).isEqualTo(Money.of("300.00", "EUR"));
  }
}
