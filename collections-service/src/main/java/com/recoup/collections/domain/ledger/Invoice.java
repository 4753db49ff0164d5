package com.recoup.collections.domain.ledger;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice receivable from a customer. Its open amount only falls, through allocations, and never
 * below zero; its due date never precedes its issue date.
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

  /** Rebuilds an invoice from storage. */
  public static Invoice restore(Terms terms, Money openAmount, InvoiceStatus status) {
    return new Invoice(terms, openAmount, status);
  }

  /** Applies part of a payment; returns the open amount left. */
  public Money applyPayment(Money allocated) {
    if (!status.isReceivable()) {
      throw DomainException.conflict(
          "invoice-not-open", "invoice %s is %s".formatted(number, status));
    }
    if (!allocated.isPositive() || allocated.isGreaterThan(openAmount)) {
      throw DomainException.ruleViolated(
          "allocation-exceeds-open-amount",
          "cannot allocate %s to invoice %s with %s open".formatted(allocated, number, openAmount));
    }
    openAmount = openAmount.minus(allocated);
    status = openAmount.isZero() ? InvoiceStatus.PAID : InvoiceStatus.PARTLY_PAID;
    return openAmount;
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
}
