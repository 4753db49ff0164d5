package com.recoup.collections.domain.ledger;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit the company grants a customer: it lowers the open amount of the invoice it names, or,
 * naming none, stays on the customer's account as unapplied credit.
 */
public record CreditNote(
    DocumentNumber number,
    CustomerNumber customer,
    DocumentNumber invoice,
    LocalDate issueDate,
    Money amount,
    Money functionalAmount,
    String reason) {

  public CreditNote {
    Objects.requireNonNull(number, "creditNoteNumber");
    Objects.requireNonNull(customer, "customerNumber");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(functionalAmount, "functionalAmount");
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new IllegalArgumentException("a credit note's reason is 1 to 500 characters");
    }
    if (!amount.isPositive()) {
      throw DomainException.ruleViolated(
          "amount-not-positive", "a credit note amount must be positive: " + amount);
    }
  }

  /** The invoice this credit note reduces; empty when it stays as credit on the account. */
  public Optional<DocumentNumber> invoiceNumber() {
    return Optional.ofNullable(invoice);
  }

  public boolean isUnapplied() {
    return invoice == null;
  }
}
