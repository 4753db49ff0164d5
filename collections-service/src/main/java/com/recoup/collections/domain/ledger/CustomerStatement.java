package com.recoup.collections.domain.ledger;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A customer's account as it stood at the end of a day: the invoices still open then, the payments
 * and credits not applied to any invoice, every dated document and allocation up to that day, and
 * the totals per currency. Documents dated after the day are left out, so a back-dated payment
 * shows where it belongs.
 */
public record CustomerStatement(
    CustomerNumber customer,
    LocalDate asOf,
    List<OpenItem> openItems,
    List<UnappliedPayment> unappliedPayments,
    List<CreditNote> unappliedCredits,
    List<Entry> history,
    List<Total> totals) {

  /** An invoice with money still open at the end of the day. */
  public record OpenItem(Invoice invoice, Money openAmount, long daysPastDue) {}

  /** A payment received by the day with a part not applied to any invoice. */
  public record UnappliedPayment(Payment payment, Money unappliedAmount) {}

  /** What kind of dated fact a history entry is, in the order a day lists them. */
  public enum EntryKind {
    INVOICE,
    PAYMENT,
    ALLOCATION,
    CREDIT_NOTE,
    WRITE_OFF,
    CANCELLATION
  }

  /** One dated fact: a document, or the application of part of one to an invoice. */
  public record Entry(
      LocalDate date, EntryKind kind, String document, DocumentNumber invoice, Money amount) {}

  /** The figures of one currency; the balance is what the customer owes net of its credits. */
  public record Total(
      Currency currency, Money openInvoices, Money unappliedPayments, Money unappliedCredits) {

    public Money balance() {
      return openInvoices.minus(unappliedPayments).minus(unappliedCredits);
    }
  }

  public static CustomerStatement compile(
      CustomerNumber customer, LocalDate asOf, CustomerHistory history) {
    List<Entry> entries = entriesUpTo(asOf, history);
    List<OpenItem> open = openItems(asOf, history.invoices(), entries);
    List<UnappliedPayment> unapplied = unappliedPayments(asOf, history.payments());
    List<CreditNote> credits =
        history.creditNotes().stream()
            .filter(CreditNote::isUnapplied)
            .filter(c -> !c.issueDate().isAfter(asOf))
            .sorted(Comparator.comparing(CreditNote::issueDate))
            .toList();
    return new CustomerStatement(
        customer, asOf, open, unapplied, credits, entries, totals(open, unapplied, credits));
  }

  private static List<Entry> entriesUpTo(LocalDate asOf, CustomerHistory history) {
    List<Entry> entries = new ArrayList<>();
    for (Invoice i : history.invoices()) {
      entries.add(
          new Entry(i.issueDate(), EntryKind.INVOICE, i.number().value(), null, i.amount()));
      i.cancellation()
          .ifPresent(
              c ->
                  entries.add(
                      new Entry(
                          c.cancelledOn(),
                          EntryKind.CANCELLATION,
                          i.number().value(),
                          i.number(),
                          i.amount())));
    }
    for (Payment p : history.payments()) {
      String reference = p.reference().value();
      entries.add(new Entry(p.valueDate(), EntryKind.PAYMENT, reference, null, p.amount()));
      for (Allocation a : p.allocations()) {
        entries.add(
            new Entry(p.valueDate(), EntryKind.ALLOCATION, reference, a.invoice(), a.amount()));
      }
    }
    for (CreditNote c : history.creditNotes()) {
      entries.add(
          new Entry(
              c.issueDate(), EntryKind.CREDIT_NOTE, c.number().value(), c.invoice(), c.amount()));
    }
    for (WriteOff w : history.writeOffs()) {
      entries.add(
          new Entry(
              w.writtenOffOn(), EntryKind.WRITE_OFF, w.invoice().value(), w.invoice(), w.amount()));
    }
    return entries.stream()
        .filter(e -> !e.date().isAfter(asOf))
        .sorted(
            Comparator.comparing(Entry::date)
                .thenComparing(Entry::kind)
                .thenComparing(Entry::document))
        .toList();
  }

  /** Open amount as of the day = amount less every change to it dated on or before the day. */
  private static List<OpenItem> openItems(
      LocalDate asOf, List<Invoice> invoices, List<Entry> entries) {
    Map<DocumentNumber, Money> lowered = new HashMap<>();
    for (Entry e : entries) {
      if (e.invoice() != null) {
        lowered.merge(e.invoice(), e.amount(), Money::plus);
      }
    }
    return invoices.stream()
        .filter(i -> !i.issueDate().isAfter(asOf))
        .map(i -> openItem(i, asOf, lowered.getOrDefault(i.number(), zero(i.amount()))))
        .filter(item -> item.openAmount().isPositive())
        .sorted(Comparator.comparing((OpenItem o) -> o.invoice().dueDate()))
        .toList();
  }

  private static OpenItem openItem(Invoice invoice, LocalDate asOf, Money lowered) {
    long days = Math.max(0, ChronoUnit.DAYS.between(invoice.dueDate(), asOf));
    return new OpenItem(invoice, invoice.amount().minus(lowered), days);
  }

  private static List<UnappliedPayment> unappliedPayments(LocalDate asOf, List<Payment> payments) {
    return payments.stream()
        .filter(p -> !p.valueDate().isAfter(asOf))
        .filter(p -> p.unappliedAmount().isPositive())
        .sorted(Comparator.comparing(Payment::valueDate))
        .map(p -> new UnappliedPayment(p, p.unappliedAmount()))
        .toList();
  }

  private static List<Total> totals(
      List<OpenItem> open, List<UnappliedPayment> unapplied, List<CreditNote> credits) {
    Map<String, Money[]> sums = new TreeMap<>();
    sum(sums, open, OpenItem::openAmount, 0);
    sum(sums, unapplied, UnappliedPayment::unappliedAmount, 1);
    sum(sums, credits, CreditNote::amount, 2);
    return sums.values().stream().map(s -> new Total(s[0].currency(), s[0], s[1], s[2])).toList();
  }

  private static <T> void sum(
      Map<String, Money[]> sums, List<T> items, Function<T, Money> amount, int column) {
    for (T item : items) {
      Money money = amount.apply(item);
      Money[] row = sums.computeIfAbsent(money.currencyCode(), c -> zeros(money.currency()));
      row[column] = row[column].plus(money);
    }
  }

  private static Money[] zeros(Currency currency) {
    return new Money[] {Money.zero(currency), Money.zero(currency), Money.zero(currency)};
  }

  private static Money zero(Money like) {
    return Money.zero(like.currency());
  }
}
