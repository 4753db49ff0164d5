package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.domain.ledger.CustomerStatement;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.List;

/** A customer's statement as of a day. */
public record StatementResponse(
    String customerNumber,
    LocalDate asOf,
    List<OpenItem> openItems,
    List<UnappliedPayment> unappliedPayments,
    List<UnappliedCredit> unappliedCredits,
    List<Entry> history,
    List<Total> totals) {

  /** An invoice open at the end of the day; days past due are 0 until its due date has passed. */
  public record OpenItem(
      String invoiceNumber,
      LocalDate issueDate,
      LocalDate dueDate,
      String purchaseOrder,
      Money amount,
      Money openAmount,
      long daysPastDue) {}

  /** A payment with money not applied to any invoice. */
  public record UnappliedPayment(
      String paymentReference, LocalDate valueDate, Money amount, Money unappliedAmount) {}

  /** A credit note that stays as credit on the account. */
  public record UnappliedCredit(
      String creditNoteNumber, LocalDate issueDate, Money amount, String reason) {}

  /**
   * A dated fact: INVOICE, PAYMENT, CREDIT_NOTE, WRITE_OFF and CANCELLATION name their document; an
   * ALLOCATION names the payment and the invoice it was applied to.
   */
  public record Entry(
      LocalDate date, String kind, String document, String invoiceNumber, Money amount) {}

  /** The figures of one currency; balance = open invoices - unapplied payments and credits. */
  public record Total(
      String currency,
      Money openInvoices,
      Money unappliedPayments,
      Money unappliedCredits,
      Money balance) {}

  static StatementResponse of(CustomerStatement s) {
    return new StatementResponse(
        s.customer().value(),
        s.asOf(),
        s.openItems().stream()
            .map(
                o ->
                    new OpenItem(
                        o.invoice().number().value(),
                        o.invoice().issueDate(),
                        o.invoice().dueDate(),
                        o.invoice().purchaseOrder(),
                        o.invoice().amount(),
                        o.openAmount(),
                        o.daysPastDue()))
            .toList(),
        s.unappliedPayments().stream()
            .map(
                u ->
                    new UnappliedPayment(
                        u.payment().reference().value(),
                        u.payment().valueDate(),
                        u.payment().amount(),
                        u.unappliedAmount()))
            .toList(),
        s.unappliedCredits().stream()
            .map(
                c -> new UnappliedCredit(c.number().value(), c.issueDate(), c.amount(), c.reason()))
            .toList(),
        s.history().stream()
            .map(
                e ->
                    new Entry(
                        e.date(),
                        e.kind().name(),
                        e.document(),
                        e.invoice() == null ? null : e.invoice().value(),
                        e.amount()))
            .toList(),
        s.totals().stream()
            .map(
                t ->
                    new Total(
                        t.currency().getCurrencyCode(),
                        t.openInvoices(),
                        t.unappliedPayments(),
                        t.unappliedCredits(),
                        t.balance()))
            .toList());
  }
}
