package com.recoup.collections.domain.ledger;

import static com.recoup.collections.domain.ledger.LedgerFixtures.invoice;
import static com.recoup.collections.domain.ledger.LedgerFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceTest {

  private static final LocalDate DUE = LocalDate.of(2026, 12, 2);

  @Test
  void givenDueDateBeforeIssueDate_issue_isRefused() {
    assertThatThrownBy(() -> Invoice.issue(terms("I-1", "10.00", DUE, DUE.minusDays(1))))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("due-date-before-issue-date");
  }

  @Test
  void givenDueDateEqualToIssueDate_issue_isAccepted() {
    assertThat(Invoice.issue(terms("I-1", "10.00", DUE, DUE)).status())
        .isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void givenZeroAmount_issue_isRefused() {
    assertThatThrownBy(() -> Invoice.issue(terms("I-1", "0.00", DUE, DUE)))
        .hasMessageContaining("must be positive");
  }

  @Test
  void givenPartPayment_apply_leavesTheResidualOpen() {
    Invoice invoice = invoice("I-1", "1250.00", DUE);

    // 1250.00 - 400.00 = 850.00
    Money left = invoice.applyPayment(Money.of("400.00", "EUR"));

    assertThat(left).isEqualTo(Money.of("850.00", "EUR"));
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTLY_PAID);
  }

  @Test
  void givenMoreThanIsOpen_apply_isRefusedAndNothingChanges() {
    Invoice invoice = invoice("I-1", "100.00", DUE);

    assertThatThrownBy(() -> invoice.applyPayment(Money.of("100.01", "EUR")))
        .hasMessageContaining("cannot allocate");
    assertThat(invoice.openAmount()).isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void givenTheWholeOpenAmount_apply_settlesTheInvoice() {
    Invoice invoice = invoice("I-1", "100.00", DUE);

    invoice.applyPayment(Money.of("100.00", "EUR"));

    assertThat(invoice.isSettled()).isTrue();
    assertThatThrownBy(() -> invoice.applyPayment(Money.of("1.00", "EUR")))
        .hasMessageContaining("is PAID");
  }
}
