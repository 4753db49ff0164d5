package com.recoup.kpi.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.recoup.kernel.domain.Money;
import com.recoup.kpi.application.port.out.ReceivablesRepository;
import com.recoup.kpi.domain.InvoiceIssued;
import com.recoup.kpi.domain.InvoiceSettled;
import com.recoup.kpi.domain.PaymentAllocated;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL of the read model against the real database: an invoice's open amount as of any day
 * follows its allocations, its settlement and its latest version.
 *
 * <p>Each test works in a year of its own, drawn before 1900 where no other test writes, and
 * settles its invoices at the end of that year, so no open invoice of it leaks into later dates.
 */
@QuarkusTest
class ReceivablesRepositoryTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final int FIRST_YEAR = ThreadLocalRandom.current().nextInt(1001, 1800);
  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(FIRST_YEAR);

  @Inject ReceivablesRepository receivables;

  private int year;
  private final List<String> invoices = new ArrayList<>();

  @BeforeEach
  void takeAYear() {
    year = NEXT_YEAR.getAndIncrement();
  }

  @AfterEach
  void closeEverything() {
    invoices.forEach(
        invoice ->
            inTransaction(
                () -> receivables.markSettled(new InvoiceSettled(invoice, "C", day(12, 31)))));
  }

  @Test
  void givenPartialAllocations_receivables_dropOnEachValueDate() {
    String invoice = issue(day(3, 10), "1000.00");
    allocate(invoice, day(3, 20), "250.00");
    allocate(invoice, day(4, 5), "250.00");

    // Not yet issued on 9 March; 1,000 from the 10th; 750 from 20 March; 500 from 5 April.
    assertReceivables(day(3, 9), "0.00");
    assertReceivables(day(3, 10), "1000.00");
    assertReceivables(day(3, 19), "1000.00");
    assertReceivables(day(3, 20), "750.00");
    assertReceivables(day(4, 5), "500.00");
  }

  @Test
  void givenAnAllocationValuedBeforeTheIssueDate_receivables_startNetOfIt() {
    String invoice = issue(day(3, 10), "1000.00");
    allocate(invoice, day(3, 5), "400.00");

    // The prepayment of 5 March counts from the issue date: 1,000 − 400 = 600 on 10 March.
    assertReceivables(day(3, 5), "0.00");
    assertReceivables(day(3, 10), "600.00");
  }

  @Test
  void givenAReversedAllocation_receivables_reopenBetweenReversalAndRepayment() {
    String invoice = issue(day(4, 1), "1000.00");
    allocate(invoice, day(4, 10), "1000.00");
    allocate(invoice, day(4, 20), "-1000.00");
    allocate(invoice, day(4, 25), "1000.00");

    // Paid on 10 April, reversed on the 20th (open 1,000 again), paid again on the 25th.
    assertReceivables(day(4, 9), "1000.00");
    assertReceivables(day(4, 15), "0.00");
    assertReceivables(day(4, 22), "1000.00");
    assertReceivables(day(4, 25), "0.00");
  }

  @Test
  void givenMoreAllocatedThanInvoiced_receivables_neverGoNegative() {
    String invoice = issue(day(5, 1), "1000.00");
    issue(day(5, 1), "300.00");
    allocate(invoice, day(5, 10), "1200.00");

    // The over-allocation closes the 1,000 invoice at 0, not −200: only the 300 stays open.
    assertReceivables(day(5, 10), "300.00");
  }

  @Test
  void givenASettlement_receivables_closeOnTheSettlementDateWhateverIsAllocated() {
    String invoice = issue(day(6, 1), "1000.00");
    allocate(invoice, day(6, 10), "300.00");
    inTransaction(() -> receivables.markSettled(new InvoiceSettled(invoice, "C", day(6, 20))));

    // 700 open from 10 June until the settlement on the 20th, then nothing.
    assertReceivables(day(6, 19), "700.00");
    assertReceivables(day(6, 20), "0.00");
  }

  @Test
  void givenAReissuedInvoice_receivablesAndSales_followTheLatestVersion() {
    String invoice = issue(day(7, 1), "1000.00");
    allocate(invoice, day(7, 5), "100.00");
    reissue(invoice, day(7, 1), "800.00");

    // 800 corrected − 100 allocated = 700; sales of July are the corrected 800 only.
    assertReceivables(day(7, 5), "700.00");
    assertThat(receivables.creditSales(day(7, 1), day(7, 31), EUR)).isEqualTo(eur("800.00"));
  }

  @Test
  void givenTheSameAllocationTwice_receivables_countItOnce() {
    String invoice = issue(day(8, 1), "1000.00");
    PaymentAllocated allocation =
        new PaymentAllocated(
            "EVT-" + UUID.randomUUID(), "P", "C", invoice, day(8, 2), eur("10.00"));
    inTransaction(() -> receivables.saveAllocation(allocation));
    inTransaction(() -> receivables.saveAllocation(allocation));

    // 1,000 − 10 = 990, not 980.
    assertReceivables(day(8, 2), "990.00");
  }

  private String issue(LocalDate issueDate, String amount) {
    String invoice = "INV-REPO-" + UUID.randomUUID();
    reissue(invoice, issueDate, amount);
    invoices.add(invoice);
    return invoice;
  }

  private void reissue(String invoice, LocalDate issueDate, String amount) {
    InvoiceIssued issued =
        new InvoiceIssued(invoice, "C", issueDate, issueDate.plusDays(30), eur(amount));
    inTransaction(() -> receivables.saveInvoice(issued));
  }

  private void allocate(String invoice, LocalDate valueDate, String amount) {
    PaymentAllocated allocation =
        new PaymentAllocated("EVT-" + UUID.randomUUID(), "P", "C", invoice, valueDate, eur(amount));
    inTransaction(() -> receivables.saveAllocation(allocation));
  }

  private void assertReceivables(LocalDate day, String amount) {
    assertThat(receivables.receivablesAsOf(day, EUR))
        .as("receivables on %s", day)
        .isEqualTo(eur(amount));
  }

  private LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }

  private static void inTransaction(Runnable work) {
    QuarkusTransaction.requiringNew().run(work);
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
