package com.recoup.credit.domain;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What credit knows about one customer from the ledger: who the customer is and the invoices still
 * open, which make up the exposure. Later slices add behaviour, scores and limits.
 *
 * <p>Exposure is kept per invoice and an invoice closes when allocations or settlement bring it to
 * zero, so an over-allocation can never push the exposure below zero.
 */
public final class CreditProfile {

  private final CustomerNumber customerNumber;
  private final Currency functionalCurrency;
  private final Map<String, OpenReceivable> openReceivables = new LinkedHashMap<>();
  private String name;
  private String segment;

  private CreditProfile(CustomerNumber customerNumber, Currency functionalCurrency) {
    this.customerNumber = Objects.requireNonNull(customerNumber, "customerNumber");
    this.functionalCurrency = Objects.requireNonNull(functionalCurrency, "functionalCurrency");
  }

  /** A customer credit has not heard of before: no name yet and nothing open. */
  public static CreditProfile start(CustomerNumber customerNumber, Currency functionalCurrency) {
    return new CreditProfile(customerNumber, functionalCurrency);
  }

  public static CreditProfile restore(
      CustomerNumber customerNumber,
      Currency functionalCurrency,
      String name,
      String segment,
      Collection<OpenReceivable> openReceivables) {
    CreditProfile profile = new CreditProfile(customerNumber, functionalCurrency);
    profile.describe(name, segment);
    openReceivables.forEach(open -> profile.openReceivables.put(open.invoiceNumber(), open));
    return profile;
  }

  public void describe(String name, String segment) {
    this.name = name;
    this.segment = segment;
  }

  /** An invoice became receivable; a number already open is a repeat and changes nothing. */
  public void invoiceIssued(String invoiceNumber, LocalDate dueDate, Money functionalAmount) {
    requireFunctionalCurrency(functionalAmount);
    if (functionalAmount.isNegative()) {
      throw DomainException.ruleViolated(
          "negative-invoice-amount", "invoice " + invoiceNumber + " has a negative amount");
    }
    if (functionalAmount.isZero() || openReceivables.containsKey(invoiceNumber)) {
      return;
    }
    openReceivables.put(
        invoiceNumber, new OpenReceivable(invoiceNumber, dueDate, functionalAmount));
  }

  /** Part of a payment reduced an invoice; what exceeds the open amount reduces nothing. */
  public void paymentAllocated(String invoiceNumber, Money functionalAmount) {
    requireFunctionalCurrency(functionalAmount);
    if (functionalAmount.isNegative()) {
      throw DomainException.ruleViolated(
          "negative-allocation-amount", "allocation to " + invoiceNumber + " is negative");
    }
    OpenReceivable open = openReceivables.get(invoiceNumber);
    if (open == null) {
      return;
    }
    Money left = open.openAmount().minus(functionalAmount);
    if (left.isPositive()) {
      openReceivables.put(invoiceNumber, new OpenReceivable(invoiceNumber, open.dueDate(), left));
    } else {
      openReceivables.remove(invoiceNumber);
    }
  }

  /** The ledger says the invoice is paid in full, whatever rounding or credit notes did. */
  public void invoiceSettled(String invoiceNumber) {
    openReceivables.remove(invoiceNumber);
  }

  public Money exposure() {
    return openReceivables.values().stream()
        .map(OpenReceivable::openAmount)
        .reduce(Money.zero(functionalCurrency), Money::plus);
  }

  public int openInvoiceCount() {
    return openReceivables.size();
  }

  public Optional<LocalDate> oldestOpenDueDate() {
    return openReceivables.values().stream()
        .map(OpenReceivable::dueDate)
        .min(Comparator.naturalOrder());
  }

  public List<OpenReceivable> openReceivables() {
    return List.copyOf(openReceivables.values());
  }

  public CustomerNumber customerNumber() {
    return customerNumber;
  }

  public Currency functionalCurrency() {
    return functionalCurrency;
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public Optional<String> segment() {
    return Optional.ofNullable(segment);
  }

  private void requireFunctionalCurrency(Money amount) {
    if (!amount.currency().equals(functionalCurrency)) {
      throw DomainException.ruleViolated(
          "not-functional-currency",
          "amounts must be in the functional currency %s, not %s"
              .formatted(functionalCurrency.getCurrencyCode(), amount.currencyCode()));
    }
  }
}
