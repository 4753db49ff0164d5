package com.recoup.collections.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.collections.application.port.in.IssueInvoiceCommand;
import com.recoup.collections.application.port.in.ReceivePaymentCommand;
import com.recoup.collections.application.port.in.ReceivePaymentUseCase;
import com.recoup.collections.domain.ledger.AllocationMethod;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.InvoiceStatus;
import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Payments from bank files, which name no customer, through the use case with in-memory ports. */
class ReceiveBankPaymentTest {

  private static final LocalDate VALUE_DATE = LocalDate.of(2026, 11, 20);

  private final InMemoryBankLedger ledger = new InMemoryBankLedger();
  private ReceivePaymentService payments;

  @BeforeEach
  void ledgerWithTwoCustomers() {
    FunctionalCurrency eur = new FunctionalCurrency(Money.currencyOf("EUR"));
    payments =
        new ReceivePaymentService(
            ledger,
            ledger,
            ledger.paymentRepository(),
            ledger,
            eur,
            ledger,
            ledger.unidentifiedRepository());
    IssueInvoiceService invoices = new IssueInvoiceService(ledger, ledger, ledger, eur);
    customer("C-ACME");
    customer("C-OTHER");
    invoices.issue(invoice("INV-2026-0001", "C-ACME", "1250.00"));
    invoices.issue(invoice("INV-2026-0002", "C-OTHER", "80.00"));
    ledger.events.clear();
  }

  @Test
  void givenABankCreditNamingAnInvoice_receive_takesItsCustomerAndSettlesIt() {
    ReceivePaymentUseCase.Result result =
        payments.receive(bankPayment("B-1", "1250.00", "Invoice INV-2026-0001 thanks", null));

    assertThat(result.identified()).isTrue();
    assertThat(result.payment().customer()).isEqualTo(new CustomerNumber("C-ACME"));
    assertThat(result.payment().allocations())
        .singleElement()
        .satisfies(a -> assertThat(a.method()).isEqualTo(AllocationMethod.INVOICE_NUMBER));
    assertThat(ledger.invoices.get(new DocumentNumber("INV-2026-0001")).status())
        .isEqualTo(InvoiceStatus.PAID);
    assertThat(ledger.events)
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("PaymentReceived", "PaymentAllocated", "InvoiceSettled");
  }

  @Test
  void givenTheDerivedCreditorReferenceAsEndToEndId_receive_findsTheInvoice() {
    String reference =
        ledger.invoices.get(new DocumentNumber("INV-2026-0002")).creditorReference().value();

    ReceivePaymentUseCase.Result result =
        payments.receive(bankPayment("B-2", "30.00", null, reference));

    // 30.00 of 80.00: the invoice is partly paid, nothing is left unapplied.
    assertThat(result.payment().customer().value()).isEqualTo("C-OTHER");
    assertThat(result.payment().allocations())
        .singleElement()
        .satisfies(a -> assertThat(a.method()).isEqualTo(AllocationMethod.END_TO_END_ID));
    assertThat(ledger.invoices.get(new DocumentNumber("INV-2026-0002")).openAmount())
        .isEqualTo(Money.of("50.00", "EUR"));
  }

  @Test
  void givenACreditNamingNothing_receive_keepsItUnidentifiedWithoutEvents() {
    ReceivePaymentUseCase.Result result =
        payments.receive(bankPayment("B-3", "1250.00", "monthly transfer", null));

    assertThat(result.identified()).isFalse();
    assertThat(result.created()).isTrue();
    assertThat(result.unidentified().amount()).isEqualTo(Money.of("1250.00", "EUR"));
    assertThat(ledger.unidentified).containsKey(new DocumentNumber("B-3"));
    assertThat(ledger.payments).isEmpty();
    assertThat(ledger.events).isEmpty();
    // Same amount as INV-2026-0001, but with no customer an amount alone is never a match.
    assertThat(ledger.invoices.get(new DocumentNumber("INV-2026-0001")).status())
        .isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void givenACreditNamingInvoicesOfTwoCustomers_receive_guessesNeither() {
    ReceivePaymentUseCase.Result result =
        payments.receive(bankPayment("B-4", "100.00", "INV-2026-0001 INV-2026-0002", null));

    assertThat(result.identified()).isFalse();
    assertThat(ledger.invoices.values())
        .allSatisfy(i -> assertThat(i.status()).isEqualTo(InvoiceStatus.OPEN));
  }

  @Test
  void givenTheSameBankFileAgain_receive_changesNothing() {
    payments.receive(bankPayment("B-5", "1250.00", "INV-2026-0001", null));
    payments.receive(bankPayment("B-6", "5.00", "no reference", null));
    ledger.events.clear();

    // INV-2026-0001 is paid now, so the remittance would no longer identify the customer:
    // the stored payment, not a new search, answers the repeat.
    ReceivePaymentUseCase.Result identified =
        payments.receive(bankPayment("B-5", "1250.00", "INV-2026-0001", null));
    ReceivePaymentUseCase.Result unidentified =
        payments.receive(bankPayment("B-6", "5.00", "no reference", null));

    assertThat(identified.created()).isFalse();
    assertThat(identified.payment().customer().value()).isEqualTo("C-ACME");
    assertThat(unidentified.created()).isFalse();
    assertThat(ledger.events).isEmpty();
    assertThat(ledger.unidentified).hasSize(1);
  }

  @Test
  void givenAForeignCurrencyCreditNamingAnInvoice_receive_valuesItAtTheInvoicesRate() {
    new IssueInvoiceService(ledger, ledger, ledger, new FunctionalCurrency(Money.currencyOf("EUR")))
        .issue(
            new IssueInvoiceCommand(
                "INV-CHF-1",
                "C-ACME",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31),
                Money.of("200.00", "CHF"),
                new BigDecimal("1.05"),
                null));

    ReceivePaymentUseCase.Result result =
        payments.receive(
            new ReceivePaymentCommand(
                "B-CHF",
                null,
                VALUE_DATE,
                Money.of("200.00", "CHF"),
                null,
                "INV-CHF-1",
                List.of(),
                null,
                null,
                null));

    // The bank gives no rate: 200.00 CHF x 1.05 (the invoice's rate) = 210.00 EUR.
    assertThat(result.payment().functionalAmount()).isEqualTo(Money.of("210.00", "EUR"));
    assertThat(ledger.invoices.get(new DocumentNumber("INV-CHF-1")).status())
        .isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void givenTheSameReferenceWithOtherContent_receive_isAConflict() {
    payments.receive(bankPayment("B-7", "5.00", "no reference", null));

    assertThatThrownBy(() -> payments.receive(bankPayment("B-7", "6.00", "no reference", null)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("other content");
  }

  private void customer(String number) {
    ledger.save(
        new Customer(
            new CustomerNumber(number),
            "Customer " + number,
            "DE",
            Money.currencyOf("EUR"),
            30,
            null,
            null,
            false));
  }

  private static IssueInvoiceCommand invoice(String number, String customer, String amount) {
    return new IssueInvoiceCommand(
        number,
        customer,
        LocalDate.of(2026, 10, 1),
        LocalDate.of(2026, 10, 31),
        Money.of(amount, "EUR"),
        null,
        null);
  }

  private static ReceivePaymentCommand bankPayment(
      String reference, String amount, String remittance, String endToEndId) {
    return new ReceivePaymentCommand(
        reference,
        null,
        VALUE_DATE,
        Money.of(amount, "EUR"),
        null,
        remittance,
        List.of(),
        endToEndId,
        "Sample Debtor",
        "DE02120300000000202051");
  }
}
