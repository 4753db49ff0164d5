package com.recoup.collections.application.service;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The company's reporting currency, and the conversion of a document's amount into it at the rate
 * the ERP supplies with the document.
 */
public record FunctionalCurrency(Currency currency) {

  public FunctionalCurrency {
    Objects.requireNonNull(currency, "currency");
  }

  /** A document amount in the functional currency, and the rate used. */
  public record Converted(Money amount, BigDecimal rate) {}

  public Converted convert(Money amount, BigDecimal rate) {
    if (amount.currency().equals(currency)) {
      if (rate != null && rate.compareTo(BigDecimal.ONE) != 0) {
        throw DomainException.ruleViolated(
            "exchange-rate-not-one", "a document in the functional currency has rate 1");
      }
      return new Converted(amount, BigDecimal.ONE);
    }
    if (rate == null) {
      throw DomainException.ruleViolated(
          "exchange-rate-required",
          "an amount in %s needs the exchange rate to %s"
              .formatted(amount.currencyCode(), currency.getCurrencyCode()));
    }
    try {
      return new Converted(amount.convertTo(currency, rate), rate);
    } catch (IllegalArgumentException invalid) {
      throw DomainException.ruleViolated("invalid-exchange-rate", invalid.getMessage());
    }
  }
}
