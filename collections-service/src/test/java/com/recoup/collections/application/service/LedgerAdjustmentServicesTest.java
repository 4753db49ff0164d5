package com.recoup.collections.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.collections.application.port.in.CancelInvoiceCommand;
import com.recoup.collections.application.port.in.IssueCreditNoteCommand;
import com.recoup.collections.application.port.in.IssueCreditNoteUseCase;
import com.recoup.collections.application.port.in.IssueInvoiceCommand;
import com.recoup.collections.application.port.in.MarkInvoiceDisputedCommand;
import com.recoup.collections.application.port.in.ReceivePaymentCommand;
import com.recoup.collections.application.port.in.WriteOffInvoiceCommand;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.collections.application.port.out.UnidentifiedPaymentRepository;
import com.recoup.collections.domain.ledger.AllocationMethod;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.InvoiceStatus;
import com.recoup.collections.domain.ledger.LedgerEvent;
import com.recoup.collections.domain.ledger.Payment;
import com.recoup.collections.domain.ledger.UnidentifiedPayment;
import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The use cases that lower or mark invoices, with the ports faked in memory. */
class LedgerAdjustmentServicesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

  private final InMemoryLedger ledger = new InMemoryLedger();
  private final FunctionalCurrency eur = new FunctionalCurrency(Money.currencyOf("EUR"));
  private final IssueCreditNoteService creditNotes =
      new IssueCreditNoteService(ledger, ledger, ledger.creditNoteRepository, ledger, eur);
  private final CancelInvoiceService cancellations =
      new CancelInvoiceService(ledger, ledger, CLOCK);
  private final WriteOffInvoiceService writeOffs =
      new WriteOffInvoiceService(ledger, ledger, ledger, CLOCK);
  private final MarkInvoiceDisputedService disputes =
      new MarkInvoiceDisputedService(ledger, ledger, CLOCK);

  @BeforeEach
  void customerWithInvoices() {
    customer("C-1", false);
    customer("C-2", false);
    issue("I-1", "C-1", "1250.00", "EUR", null);
    issue("I-2", "C-1", "1000.00", "USD", "0.9");
    ledger.events.clear();
  }

  @Test
  void givenACreditNoteOnAnInvoice_issue_lowersItAndTellsTheSuite() {
    IssueCreditNoteUseCase.Result result =
        creditNotes.issue(credit("CN-1", "C-1", "I-1", "250.00", "EUR"));

    // 1250.00 - 250.00 = 1000.00
    assertThat(ledger.invoice("I-1").openAmount()).isEqualTo(eur("1000.00"));
    assertThat(result.created()).isTrue();
    assertThat(ledger.events).hasSize(1);
    LedgerEvent.InvoiceAdjusted adjusted = (LedgerEvent.InvoiceAdjusted) ledger.events.get(0);
    assertThat(adjusted.invoiceOpenAmount()).isEqualTo(eur("1000.00"));
  }

  @Test
  void givenACreditNoteOnAForeignCurrencyInvoice_issue_convertsAtTheInvoiceRate() {
    IssueCreditNoteUseCase.Result result =
        creditNotes.issue(credit("CN-1", "C-1", "I-2", "100.00", "USD"));

    // 100.00 USD x 0.9 = 90.00 EUR
    assertThat(result.creditNote().functionalAmount()).isEqualTo(eur("90.00"));
    assertThatThrownBy(
            () ->
                creditNotes.issue(
                    new IssueCreditNoteCommand(
                        "CN-2",
                        "C-1",
                        "I-2",
                        TODAY,
                        Money.of("1.00", "USD"),
                        new BigDecimal("0.95"),
                        "rate from elsewhere")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("exchange-rate-differs-from-invoice");
  }

  @Test
  void givenACreditNoteForAllThatIsOpen_issue_alsoSettlesTheInvoice() {
    creditNotes.issue(credit("CN-1", "C-1", "I-1", "1250.00", "EUR"));

    assertThat(ledger.invoice("I-1").status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(ledger.events)
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("InvoiceAdjusted", "InvoiceSettled");
  }

  @Test
  void givenACreditNoteWithoutInvoice_issue_leavesCreditOnTheAccount() {
    creditNotes.issue(credit("CN-1", "C-1", null, "30.00", "EUR"));

    assertThat(ledger.creditNotes).hasSize(1);
    assertThat(ledger.invoice("I-1").openAmount()).isEqualTo(eur("1250.00"));
    assertThat(ledger.events.get(0)).isInstanceOf(LedgerEvent.CreditNoteIssued.class);
  }

  @Test
  void givenTheSameCreditNoteTwice_issue_changesNothingTheSecondTime() {
    creditNotes.issue(credit("CN-1", "C-1", "I-1", "250.00", "EUR"));

    IssueCreditNoteUseCase.Result again =
        creditNotes.issue(credit("CN-1", "C-1", "I-1", "250.00", "EUR"));

    assertThat(again.created()).isFalse();
    assertThat(ledger.invoice("I-1").openAmount()).isEqualTo(eur("1000.00"));
    assertThat(ledger.events).hasSize(1);
    assertThatThrownBy(() -> creditNotes.issue(credit("CN-1", "C-1", "I-1", "251.00", "EUR")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("credit-note-number-conflict");
  }

  @Test
  void givenBadCreditNotes_issue_refusesEachWithItsCodeAndWritesNothing() {
    assertCode(credit("CN-1", "C-1", "I-1", "1250.01", "EUR"), "credit-note-exceeds-open-amount");
    assertCode(credit("CN-1", "C-2", "I-1", "10.00", "EUR"), "invoice-of-other-customer");
    assertCode(credit("CN-1", "C-1", "I-9", "10.00", "EUR"), "unknown-invoice");
    assertCode(credit("CN-1", "C-9", null, "10.00", "EUR"), "unknown-customer");
    assertCode(credit("CN-1", "C-1", "I-1", "10.00", "USD"), "currency-mismatch");
    assertCode(credit("CN-1", "C-1", null, "10.00", "USD"), "exchange-rate-required");
    assertCode(credit("CN-1", "C-1", "I-1", "0.00", "EUR"), "amount-not-positive");

    assertThat(ledger.creditNotes).isEmpty();
    assertThat(ledger.events).isEmpty();
    assertThat(ledger.invoice("I-1").openAmount()).isEqualTo(eur("1250.00"));
  }

  @Test
  void givenAnImportedCreditNoteRecord_issue_postsItThroughTheSameUseCase() {
    ParsedRecord.CreditNoteRecord record =
        new ParsedRecord.CreditNoteRecord(
            "line 7", "CN-7", "C-1", "I-1", TODAY, eur("50.00"), "returned goods");

    creditNotes.issue(
        new IssueCreditNoteCommand(
            record.creditNoteNumber(),
            record.customerNumber(),
            record.invoiceNumber(),
            record.issueDate(),
            record.amount(),
            record.reason()));

    // 1250.00 - 50.00 = 1200.00
    assertThat(ledger.invoice("I-1").openAmount()).isEqualTo(eur("1200.00"));
  }

  @Test
  void givenAnUntouchedInvoice_cancel_cancelsItTodayOnceOnly() {
    assertThat(
            cancellations.cancel(new CancelInvoiceCommand("I-1", null, "posted twice")).changed())
        .isTrue();
    assertThat(
            cancellations.cancel(new CancelInvoiceCommand("I-1", null, "posted twice")).changed())
        .isFalse();

    assertThat(ledger.invoice("I-1").status()).isEqualTo(InvoiceStatus.CANCELLED);
    assertThat(ledger.events).hasSize(1);
    assertThat(((LedgerEvent.InvoiceCancelled) ledger.events.get(0)).cancelledOn())
        .isEqualTo(TODAY);
  }

  @Test
  void givenAPaidPart_cancel_isRefusedAndTheInvoiceStays() {
    creditNotes.issue(credit("CN-1", "C-1", "I-1", "0.01", "EUR"));

    assertThatThrownBy(() -> cancellations.cancel(new CancelInvoiceCommand("I-1", null, "oops")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("invoice-not-cancellable");
    assertThat(ledger.invoice("I-1").status()).isEqualTo(InvoiceStatus.PARTLY_PAID);
    assertThatThrownBy(() -> cancellations.cancel(new CancelInvoiceCommand("I-9", null, "x")))
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(DomainException.Kind.NOT_FOUND);
  }

  @Test
  void givenNoAmount_writeOff_writesOffAllThatIsOpenAtTheInvoiceRate() {
    writeOffs.writeOff(new WriteOffInvoiceCommand("I-2", null, null, "insolvent", "manager-1"));

    // 1000.00 USD x 0.9 = 900.00 EUR
    assertThat(ledger.writeOffs.get(0).functionalAmount()).isEqualTo(eur("900.00"));
    assertThat(ledger.writeOffs.get(0).writtenOffOn()).isEqualTo(TODAY);
    assertThat(ledger.invoice("I-2").status()).isEqualTo(InvoiceStatus.WRITTEN_OFF);
    LedgerEvent.InvoiceWrittenOff event = (LedgerEvent.InvoiceWrittenOff) ledger.events.get(0);
    assertThat(event.invoiceOpenAmount()).isEqualTo(Money.of("0.00", "USD"));
  }

  @Test
  void givenBadWriteOffs_writeOff_refusesAndWritesNothing() {
    assertThatThrownBy(
            () ->
                writeOffs.writeOff(
                    new WriteOffInvoiceCommand("I-1", eur("1250.01"), null, "bad", "m-1")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("write-off-exceeds-open-amount");
    assertThatThrownBy(
            () -> writeOffs.writeOff(new WriteOffInvoiceCommand("I-1", null, null, "bad", " ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                writeOffs.writeOff(
                    new WriteOffInvoiceCommand(
                        "I-1", eur("1.00"), LocalDate.of(2026, 1, 1), "before issue", "m-1")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("dated-before-invoice");

    assertThat(ledger.writeOffs).isEmpty();
    assertThat(ledger.events).isEmpty();
    assertThat(ledger.invoice("I-1").openAmount()).isEqualTo(eur("1250.00"));
  }

  @Test
  void givenADisputeRecord_markDisputed_flagsTheOpenAmountOnceOnly() {
    ParsedRecord.DisputeRecord record =
        new ParsedRecord.DisputeRecord("row 12", "I-1", "C-1", "Disputed=Yes");

    disputes.markDisputed(
        new MarkInvoiceDisputedCommand(
            record.invoiceNumber(), record.customerNumber(), record.reason()));
    var again =
        disputes.markDisputed(
            new MarkInvoiceDisputedCommand(
                record.invoiceNumber(), record.customerNumber(), record.reason()));

    assertThat(again.changed()).isFalse();
    assertThat(ledger.invoice("I-1").status()).isEqualTo(InvoiceStatus.DISPUTED);
    assertThat(ledger.invoice("I-1").dispute().orElseThrow().amount()).isEqualTo(eur("1250.00"));
    assertThat(ledger.events).hasSize(1);
    assertThatThrownBy(
            () -> disputes.markDisputed(new MarkInvoiceDisputedCommand("I-1", "C-2", "x")))
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("invoice-of-other-customer");
  }

  @Test
  void givenACustomerWhoAllowsOldestFirst_receive_settlesTheOldestInvoicesWithAnUnmatchedPayment() {
    customer("C-3", true);
    issue("I-31", "C-3", "100.00", "EUR", null);
    issue("I-32", "C-3", "200.00", "EUR", null);
    ReceivePaymentService payments = paymentsNamingTheirCustomer();

    Payment payment =
        payments
            .receive(
                new ReceivePaymentCommand(
                    "P-1", "C-3", TODAY, eur("150.00"), null, "thanks", List.of()))
            .payment();

    // 150.00 matches no number and no single open amount: I-31 (older) takes 100.00, I-32 50.00
    assertThat(payment.allocations())
        .extracting(a -> a.invoice().value() + " " + a.amount().amount() + " " + a.method())
        .containsExactly("I-31 100.00 OLDEST_FIRST", "I-32 50.00 OLDEST_FIRST");
    assertThat(payment.allocations().get(0).method()).isEqualTo(AllocationMethod.OLDEST_FIRST);
  }

  @Test
  void givenACustomerWhoDoesNotAllowOldestFirst_receive_leavesAnUnmatchedPaymentUnapplied() {
    ReceivePaymentService payments = paymentsNamingTheirCustomer();

    Payment payment =
        payments
            .receive(
                new ReceivePaymentCommand(
                    "P-1", "C-1", TODAY, eur("150.00"), null, "thanks", List.of()))
            .payment();

    assertThat(payment.allocations()).isEmpty();
    assertThat(payment.unappliedAmount()).isEqualTo(eur("150.00"));
  }

  private void assertCode(IssueCreditNoteCommand command, String code) {
    assertThatThrownBy(() -> creditNotes.issue(command))
        .as(code)
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo(code);
  }

  private void customer(String number, boolean oldestFirst) {
    ledger.save(
        new Customer(
            new CustomerNumber(number),
            "Customer " + number,
            "DE",
            Money.currencyOf("EUR"),
            30,
            null,
            null,
            false,
            List.of(),
            oldestFirst,
            false));
  }

  private void issue(String number, String customer, String amount, String currency, String rate) {
    new IssueInvoiceService(ledger, ledger, ledger, eur)
        .issue(
            new IssueInvoiceCommand(
                number,
                customer,
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 2),
                Money.of(amount, currency),
                rate == null ? null : new BigDecimal(rate),
                null));
  }

  private static IssueCreditNoteCommand credit(
      String number, String customer, String invoice, String amount, String currency) {
    return new IssueCreditNoteCommand(
        number, customer, invoice, TODAY, Money.of(amount, currency), "goodwill");
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /** Payments here always name their customer: nothing is looked up across customers. */
  private ReceivePaymentService paymentsNamingTheirCustomer() {
    UnidentifiedPaymentRepository noUnidentified =
        new UnidentifiedPaymentRepository() {
          @Override
          public Optional<UnidentifiedPayment> find(DocumentNumber reference) {
            return Optional.empty();
          }

          @Override
          public void add(UnidentifiedPayment payment) {
            throw new AssertionError("a payment naming its customer is never unidentified");
          }
        };
    return new ReceivePaymentService(
        ledger,
        ledger,
        ledger.paymentRepository,
        ledger,
        eur,
        (words, refs) -> List.of(),
        noUnidentified);
  }
}
