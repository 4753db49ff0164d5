package com.recoup.collections.domain.ledger;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice receivable from a customer. Its open amount only falls, through allocations, credit
 * notes, write-offs or its cancellation, and never below zero; its due date never precedes its
 * issue date, and nothing that lowers it is dated before it was issued.
 */
public final class Invoice {

  private final DocumentNumber number;
  private final CustomerNumber customer;
  private final LocalDate issueDate;
  private final LocalDate dueDate;
  private final Money amount;
  private final Money functionalAmount;
  private final BigDecimal exchangeRate;
  private final String purchaseOrder;
  private final CreditorReference creditorReference;
  private Money openAmount;
  private InvoiceStatus status;
  private Cancellation cancellation;
  private Dispute dispute;

  private Invoice(Terms terms, Money openAmount, InvoiceStatus status) {
    this.number = terms.number();
    this.customer = terms.customer();
    this.issueDate = terms.issueDate();
    this.dueDate = terms.dueDate();
    this.amount = terms.amount();
    this.functionalAmount = terms.functionalAmount();
    this.exchangeRate = terms.exchangeRate();
    this.purchaseOrder = terms.purchaseOrder();
    this.creditorReference = terms.creditorReference();
    this.openAmount = openAmount;
    this.status = status;
  }

  /**
   * What the ERP states about an invoice when it issues it. The creditor reference, when there is
   * one, is the ISO 11649 reference the customer is asked to quote when paying.
   */
  public record Terms(
      DocumentNumber number,
      CustomerNumber customer,
      LocalDate issueDate,
      LocalDate dueDate,
      Money amount,
      Money functionalAmount,
      BigDecimal exchangeRate,
      String purchaseOrder,
      CreditorReference creditorReference) {

    /** Terms without a creditor reference. */
    public Terms(
        DocumentNumber number,
        CustomerNumber customer,
        LocalDate issueDate,
        LocalDate dueDate,
        Money amount,
        Money functionalAmount,
        BigDecimal exchangeRate,
        String purchaseOrder) {
      this(
          number,
          customer,
          issueDate,
          dueDate,
          amount,
          functionalAmount,
          exchangeRate,
          purchaseOrder,
          null);
    }

    public Terms {
      Objects.requireNonNull(number, "invoiceNumber");
      Objects.requireNonNull(customer, "customerNumber");
      Objects.requireNonNull(issueDate, "issueDate");
      Objects.requireNonNull(dueDate, "dueDate");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(functionalAmount, "functionalAmount");
      Objects.requireNonNull(exchangeRate, "exchangeRate");
      exchangeRate = exchangeRate.stripTrailingZeros();
    }
  }

  /** Issues a new invoice, refusing a due date before the issue date and a non-positive amount. */
  public static Invoice issue(Terms terms) {
    if (terms.dueDate().isBefore(terms.issueDate())) {
      throw DomainException.ruleViolated(
          "due-date-before-issue-date",
          "due date %s precedes issue date %s".formatted(terms.dueDate(), terms.issueDate()));
    }
    if (!terms.amount().isPositive()) {
      throw DomainException.ruleViolated(
          "amount-not-positive", "an invoice amount must be positive: " + terms.amount());
    }
    return new Invoice(terms, terms.amount(), InvoiceStatus.OPEN);
  }

  /** Why and when the whole invoice was taken back. */
  public record Cancellation(LocalDate cancelledOn, String reason) {

    public Cancellation {
      Objects.requireNonNull(cancelledOn, "cancelledOn");
      requireReason(reason);
    }
  }

  /** The customer contests this invoice, or the part of it named by the amount. */
  public record Dispute(LocalDate disputedOn, Money amount, String reason) {

    public Dispute {
      Objects.requireNonNull(disputedOn, "disputedOn");
      Objects.requireNonNull(amount, "amount");
      requireReason(reason);
    }
  }

  /** Rebuilds an invoice from storage. */
  public static Invoice restore(Terms terms, Money openAmount, InvoiceStatus status) {
    return new Invoice(terms, openAmount, status);
  }

  /** Rebuilds an invoice from storage, with its cancellation and dispute when it has them. */
  public static Invoice restore(
      Terms terms,
      Money openAmount,
      InvoiceStatus status,
      Cancellation cancellation,
      Dispute dispute) {
    Invoice invoice = new Invoice(terms, openAmount, status);
    invoice.cancellation = cancellation;
    invoice.dispute = dispute;
    return invoice;
  }

  /** Applies part of a payment; returns the open amount left. */
  public Money applyPayment(Money allocated) {
    requireReceivable();
    if (!allocated.isPositive() || allocated.isGreaterThan(openAmount)) {
      throw DomainException.ruleViolated(
          "allocation-exceeds-open-amount",
          "cannot allocate %s to invoice %s with %s open".formatted(allocated, number, openAmount));
    }
    reduceBy(allocated, InvoiceStatus.PAID);
    return openAmount;
  }

  /** Lowers the open amount by a credit note issued on the given day; returns what is left. */
  public Money applyCredit(Money credit, LocalDate issuedOn) {
    requireReceivable();
    requireSameCurrency(credit);
    requireNotBeforeIssue(issuedOn, "credit note");
    if (credit.isGreaterThan(openAmount)) {
      throw DomainException.ruleViolated(
          "credit-note-exceeds-open-amount",
          "a credit note of %s exceeds the %s open on invoice %s"
              .formatted(credit, openAmount, number));
    }
    reduceBy(credit, InvoiceStatus.PAID);
    return openAmount;
  }

  /** Writes off part or all of the open amount on the given day; returns what is left. */
  public Money writeOff(Money part, LocalDate writtenOffOn) {
    requireReceivable();
    requireSameCurrency(part);
    requireNotBeforeIssue(writtenOffOn, "write-off");
    if (!part.isPositive() || part.isGreaterThan(openAmount)) {
      throw DomainException.ruleViolated(
          "write-off-exceeds-open-amount",
          "cannot write off %s of invoice %s with %s open".formatted(part, number, openAmount));
    }
    reduceBy(part, InvoiceStatus.WRITTEN_OFF);
    return openAmount;
  }

  /**
   * Takes the whole invoice back. Only an invoice on which nothing was paid, credited or written
   * off can be cancelled; otherwise a credit note corrects it.
   */
  public void cancel(Cancellation taken) {
    if (!status.isReceivable() || !openAmount.equals(amount)) {
      throw DomainException.conflict(
          "invoice-not-cancellable",
          "invoice %s is %s with %s of %s open; only an invoice with nothing paid, credited or"
                  .formatted(number, status, openAmount, amount)
              + " written off can be cancelled");
    }
    requireNotBeforeIssue(taken.cancelledOn(), "cancellation");
    cancellation = taken;
    openAmount = Money.zero(amount.currency());
    status = InvoiceStatus.CANCELLED;
  }

  /**
   * Records that the customer contests the invoice. A receivable invoice becomes DISPUTED; a
   * settled one keeps its status and only carries the mark, as an imported history may report.
   */
  public void markDisputed(Dispute contested) {
    if (status == InvoiceStatus.CANCELLED) {
      throw DomainException.conflict(
          "invoice-not-open", "invoice %s is cancelled and cannot be disputed".formatted(number));
    }
    requireSameCurrency(contested.amount());
    if (!contested.amount().isPositive() || contested.amount().isGreaterThan(amount)) {
      throw DomainException.ruleViolated(
          "disputed-amount-out-of-range",
          "a disputed amount is more than zero and at most the invoice's %s: %s"
              .formatted(amount, contested.amount()));
    }
    dispute = contested;
    if (status.isReceivable()) {
      status = InvoiceStatus.DISPUTED;
    }
  }

  /** The amount a dispute is about when none is given: what is open, else the whole invoice. */
  public Money contestableAmount() {
    return openAmount.isPositive() ? openAmount : amount;
  }

  private void reduceBy(Money part, InvoiceStatus whenNothingLeft) {
    openAmount = openAmount.minus(part);
    if (openAmount.isZero()) {
      status = whenNothingLeft;
    } else if (status != InvoiceStatus.DISPUTED) {
      status = InvoiceStatus.PARTLY_PAID;
    }
  }

  private void requireReceivable() {
    if (!status.isReceivable()) {
      throw DomainException.conflict(
          "invoice-not-open", "invoice %s is %s".formatted(number, status));
    }
  }

  private void requireSameCurrency(Money other) {
    if (!other.currency().equals(amount.currency())) {
      throw DomainException.ruleViolated(
          "currency-mismatch",
          "invoice %s is in %s, not %s"
              .formatted(number, amount.currencyCode(), other.currencyCode()));
    }
  }

  private void requireNotBeforeIssue(LocalDate day, String what) {
    if (day.isBefore(issueDate)) {
      throw DomainException.ruleViolated(
          "dated-before-invoice",
          "a %s dated %s precedes invoice %s issued %s".formatted(what, day, number, issueDate));
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new IllegalArgumentException("a reason is 1 to 500 characters");
    }
  }

  /** The functional-currency value of a part of this invoice, at the invoice's own rate. */
  public Money functionalValueOf(Money part) {
    if (part.equals(amount)) {
      return functionalAmount;
    }
    return part.convertTo(functionalAmount.currency(), exchangeRate);
  }

  /** True when the other terms describe this same invoice, so a repeat post changes nothing. */
  public boolean hasSameTermsAs(Terms other) {
    return terms().equals(other);
  }

  public Terms terms() {
    return new Terms(
        number,
        customer,
        issueDate,
        dueDate,
        amount,
        functionalAmount,
        exchangeRate,
        purchaseOrder,
        creditorReference);
  }

  public boolean isSettled() {
    return status == InvoiceStatus.PAID;
  }

  public DocumentNumber number() {
    return number;
  }

  public CustomerNumber customer() {
    return customer;
  }

  public LocalDate issueDate() {
    return issueDate;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Money amount() {
    return amount;
  }

  public Money functionalAmount() {
    return functionalAmount;
  }

  public BigDecimal exchangeRate() {
    return exchangeRate;
  }

  public String purchaseOrder() {
    return purchaseOrder;
  }

  public CreditorReference creditorReference() {
    return creditorReference;
  }

  public Money openAmount() {
    return openAmount;
  }

  public InvoiceStatus status() {
    return status;
  }

  public Optional<Cancellation> cancellation() {
    return Optional.ofNullable(cancellation);
  }

  public Optional<Dispute> dispute() {
    return Optional.ofNullable(dispute);
  }
}
