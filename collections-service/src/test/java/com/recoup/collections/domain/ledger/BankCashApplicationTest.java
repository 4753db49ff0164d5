package com.recoup.collections.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cash application by what bank files carry: creditor references and end-to-end ids. */
class BankCashApplicationTest {

  private static final LocalDate DUE = LocalDate.of(2026, 12, 2);
  private static final CustomerNumber ACME = new CustomerNumber("C-1");
  private static final CustomerNumber OTHER = new CustomerNumber("C-2");

  @Test
  void givenTheInvoicesCreditorReferenceInTheText_propose_matchesItByReference() {
    Invoice referenced = invoice(ACME, "A-7", "120.00", "RF18539007547034");
    Invoice other = invoice(ACME, "A-8", "120.00", null);

    List<CashApplication.Match> matches =
        CashApplication.propose(
            payment("120.00", "SEPA credit RF18 5390 0754 7034", null),
            List.of(other, referenced),
            false);

    assertThat(matches)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.invoice()).isSameAs(referenced);
              assertThat(m.method()).isEqualTo(AllocationMethod.CREDITOR_REFERENCE);
            });
  }

  @Test
  void givenAnEndToEndIdEqualToAnInvoiceNumber_propose_matchesItByEndToEndId() {
    Invoice named = invoice(ACME, "INV-900", "75.50", null);
    Invoice other = invoice(ACME, "INV-901", "75.50", null);

    List<CashApplication.Match> matches =
        CashApplication.propose(
            payment("75.50", "no text that helps", "inv-900"), List.of(other, named), false);

    assertThat(matches)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.invoice()).isSameAs(named);
              assertThat(m.method()).isEqualTo(AllocationMethod.END_TO_END_ID);
            });
  }

  @Test
  void givenAnInvoiceNumberAndAReference_propose_paysBothInTheOrderOfTheRules() {
    Invoice byNumber = invoice(ACME, "INV-1", "60.00", null);
    Invoice byReference = invoice(ACME, "INV-2", "60.00", "RF18539007547034");

    // 100.00 pays INV-1 (60.00, named first) and 40.00 of INV-2 (by its reference).
    List<CashApplication.Match> matches =
        CashApplication.propose(
            payment("100.00", "INV-1 and RF18539007547034", null),
            List.of(byReference, byNumber),
            false);

    assertThat(matches)
        .extracting(CashApplication.Match::method, CashApplication.Match::amount)
        .containsExactly(
            tuple(AllocationMethod.INVOICE_NUMBER, Money.of("60.00", "EUR")),
            tuple(AllocationMethod.CREDITOR_REFERENCE, Money.of("40.00", "EUR")));
  }

  @Test
  void givenReferencesToOneCustomersInvoices_customerNamedBy_isThatCustomer() {
    List<Invoice> invoices =
        List.of(invoice(ACME, "INV-1", "10.00", null), invoice(OTHER, "INV-2", "10.00", null));

    assertThat(
            CashApplication.customerNamedBy(
                new CashApplication.Remittance("paying INV-1", null), invoices))
        .contains(ACME);
    assertThat(
            CashApplication.customerNamedBy(
                new CashApplication.Remittance("paying INV-1 and INV-2", null), invoices))
        .as("invoices of two customers: never guessed")
        .isEmpty();
    assertThat(
            CashApplication.customerNamedBy(
                new CashApplication.Remittance("thank you", "NOTHING"), invoices))
        .isEmpty();
  }

  @Test
  void givenRemittanceText_tokensOf_splitsAtPunctuationButKeepsNumbersWhole() {
    assertThat(CashApplication.tokensOf("Inv. INV-2026-0002, (PO 7/1); thanks."))
        .containsExactly("INV", "INV-2026-0002", "PO", "7/1", "THANKS");
  }

  private static Invoice invoice(
      CustomerNumber customer, String number, String amount, String reference) {
    Money money = Money.of(amount, "EUR");
    return Invoice.issue(
        new Invoice.Terms(
            new DocumentNumber(number),
            customer,
            DUE.minusDays(30),
            DUE,
            money,
            money,
            BigDecimal.ONE,
            null,
            reference == null ? null : new CreditorReference(reference)));
  }

  private static Payment payment(String amount, String remittance, String endToEndId) {
    Money money = Money.of(amount, "EUR");
    return Payment.receive(
        new Payment.Receipt(
            new DocumentNumber("P-1"),
            ACME,
            LocalDate.of(2026, 11, 20),
            money,
            money,
            remittance,
            endToEndId));
  }
}
