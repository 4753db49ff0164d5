package com.recoup.collections.domain.ledger;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Small builders for ledger documents in unit tests. */
final class LedgerFixtures {

  static final CustomerNumber CUSTOMER = new CustomerNumber("C-1");

  private LedgerFixtures() {}

  static Invoice invoice(String number, String amount, LocalDate due) {
    return Invoice.issue(terms(number, amount, due.minusDays(30), due));
  }

  static Invoice.Terms terms(String number, String amount, LocalDate issued, LocalDate due) {
    Money money = Money.of(amount, "EUR");
    return new Invoice.Terms(
        new DocumentNumber(number), CUSTOMER, issued, due, money, money, BigDecimal.ONE, null);
  }

  static Payment payment(String amount, String remittance) {
    Money money = Money.of(amount, "EUR");
    return Payment.receive(
        new Payment.Receipt(
            new DocumentNumber("P-1"),
            CUSTOMER,
            LocalDate.of(2026, 11, 20),
            money,
            money,
            remittance));
  }
}
