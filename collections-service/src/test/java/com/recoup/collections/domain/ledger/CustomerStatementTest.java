package com.recoup.collections.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A customer's history with a back-dated payment, a payment dated after the statement day, a credit
 * note, a later write-off and a later cancellation; every figure is worked out by hand.
 */
class CustomerStatementTest {

  private static final CustomerNumber C = LedgerFixtures.CUSTOMER;

  private final CustomerHistory history =
      new CustomerHistory(
          List.of(
              invoice("I-1", "100.00", "2026-06-01", "2026-06-30", "100.00", InvoiceStatus.OPEN),
              invoice(
                  "I-2", "300.00", "2026-04-01", "2026-04-30", "250.00", InvoiceStatus.PARTLY_PAID),
              invoice("I-3", "400.00", "2025-01-01", "2025-01-31", "0.00", InvoiceStatus.PAID),
              cancelled("I-4", "80.00", "2026-06-10", "2026-07-10", "2026-07-02"),
              invoice(
                  "I-5", "500.00", "2026-03-01", "2026-03-31", "250.00", InvoiceStatus.PARTLY_PAID),
              invoice("I-6", "999.00", "2026-07-01", "2026-07-31", "999.00", InvoiceStatus.OPEN)),
          List.of(
              payment("P-1", "50.00", "2026-06-15", "I-2"),
              payment("P-2", "400.00", "2026-07-10", "I-3"),
              payment("P-3", "70.00", "2026-06-28", null)),
          List.of(
              credit("CN-1", "I-5", "100.00", "2026-06-20"),
              credit("CN-2", null, "30.00", "2026-06-25")),
          List.of(
              new WriteOff(
                  new DocumentNumber("I-5"),
                  C,
                  day("2026-07-05"),
                  eur("150.00"),
                  eur("150.00"),
                  "insolvent",
                  "manager-1")));

  @Test
  void givenAnEndOfJuneStatement_compile_showsWhatWasOpenThenAndLeavesOutWhatCameLater() {
    CustomerStatement statement = CustomerStatement.compile(C, day("2026-06-30"), history);

    // I-3 was paid on 2026-07-10 and I-4 cancelled on 2026-07-02: both still open at June's end;
    // I-5: 500.00 - 100.00 credit (06-20) = 400.00, its write-off (07-05) comes later;
    // I-2: 300.00 - 50.00 (P-1, 06-15) = 250.00; I-6 was issued in July.
    assertThat(statement.openItems())
        .extracting(
            o ->
                o.invoice().number().value()
                    + " "
                    + o.openAmount().amount()
                    + " "
                    + o.daysPastDue())
        .containsExactly(
            "I-3 400.00 515", "I-5 400.00 91", "I-2 250.00 61", "I-1 100.00 0", "I-4 80.00 0");
    assertThat(statement.unappliedPayments())
        .extracting(u -> u.payment().reference().value() + " " + u.unappliedAmount().amount())
        .containsExactly("P-3 70.00");
    assertThat(statement.unappliedCredits())
        .extracting(c -> c.number().value())
        .containsExactly("CN-2");
    // open 400 + 400 + 250 + 100 + 80 = 1230.00; balance 1230.00 - 70.00 - 30.00 = 1130.00
    CustomerStatement.Total total = statement.totals().get(0);
    assertThat(total.openInvoices()).isEqualTo(eur("1230.00"));
    assertThat(total.balance()).isEqualTo(eur("1130.00"));
    // 5 invoices issued by then, P-1 and its allocation, P-3, CN-1, CN-2
    assertThat(statement.history()).hasSize(10);
    assertThat(statement.history().get(0).document()).isEqualTo("I-3");
  }

  @Test
  void givenAnEndOfJulyStatement_compile_appliesTheLaterPaymentWriteOffAndCancellation() {
    CustomerStatement statement = CustomerStatement.compile(C, day("2026-07-31"), history);

    // I-5: 500.00 - 100.00 - 150.00 = 250.00
    assertThat(statement.openItems())
        .extracting(
            o ->
                o.invoice().number().value()
                    + " "
                    + o.openAmount().amount()
                    + " "
                    + o.daysPastDue())
        .containsExactly("I-5 250.00 122", "I-2 250.00 92", "I-1 100.00 31", "I-6 999.00 0");
    // 250 + 250 + 100 + 999 = 1599.00; balance 1599.00 - 70.00 - 30.00 = 1499.00
    assertThat(statement.totals().get(0).openInvoices()).isEqualTo(eur("1599.00"));
    assertThat(statement.totals().get(0).balance()).isEqualTo(eur("1499.00"));
    assertThat(statement.history())
        .extracting(e -> e.kind())
        .contains(
            CustomerStatement.EntryKind.CANCELLATION,
            CustomerStatement.EntryKind.WRITE_OFF,
            CustomerStatement.EntryKind.ALLOCATION);
  }

  private static Invoice invoice(
      String number, String amount, String issued, String due, String open, InvoiceStatus status) {
    return Invoice.restore(
        LedgerFixtures.terms(number, amount, day(issued), day(due)), eur(open), status);
  }

  private static Invoice cancelled(
      String number, String amount, String issued, String due, String cancelledOn) {
    return Invoice.restore(
        LedgerFixtures.terms(number, amount, day(issued), day(due)),
        eur("0.00"),
        InvoiceStatus.CANCELLED,
        new Invoice.Cancellation(day(cancelledOn), "posted twice"),
        null);
  }

  private static Payment payment(String reference, String amount, String valueDate, String paid) {
    Money money = eur(amount);
    Payment.Receipt receipt =
        new Payment.Receipt(new DocumentNumber(reference), C, day(valueDate), money, money, null);
    List<Allocation> allocations =
        paid == null
            ? List.of()
            : List.of(new Allocation(new DocumentNumber(paid), money, AllocationMethod.EXPLICIT));
    return Payment.restore(receipt, allocations);
  }

  private static CreditNote credit(String number, String invoice, String amount, String issued) {
    return new CreditNote(
        new DocumentNumber(number),
        C,
        invoice == null ? null : new DocumentNumber(invoice),
        day(issued),
        eur(amount),
        eur(amount),
        "goodwill");
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static Money eur(String amount) {
    return new Money(new BigDecimal(amount), Money.currencyOf("EUR"));
  }
}
