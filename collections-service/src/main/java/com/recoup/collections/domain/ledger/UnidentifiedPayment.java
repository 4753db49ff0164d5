package com.recoup.collections.domain.ledger;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money a bank reported as received that names no customer and no invoice the ledger can tie to one
 * customer. It stays here, outside every customer's account, until a person identifies it; cash
 * application never guesses whose it is.
 *
 * @param payerName the debtor's name as the bank reported it, for the person reviewing
 * @param payerAccount the debtor's account (an IBAN where given), for the person reviewing
 */
public record UnidentifiedPayment(
    DocumentNumber reference,
    LocalDate valueDate,
    Money amount,
    String remittanceInformation,
    String endToEndId,
    String payerName,
    String payerAccount) {

  public UnidentifiedPayment {
    Objects.requireNonNull(reference, "paymentReference");
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw DomainException.ruleViolated(
          "amount-not-positive", "a payment amount must be positive: " + amount);
    }
  }
}
