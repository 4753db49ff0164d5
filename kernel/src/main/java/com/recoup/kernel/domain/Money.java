package com.recoup.kernel.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one ISO 4217 currency, always held at that currency's minor units.
 *
 * <p>It refuses more decimals than the currency has and any arithmetic across currencies. The only
 * place where an inexact result is rounded is {@link #times(BigDecimal)}, which applies the suite's
 * single rounding policy, {@link #ROUNDING}.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** Commercial rounding, half away from zero, used wherever a product must become money. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** Digits before the point that a single document's amount may have: under one trillion. */
  public static final int DOCUMENT_DIGITS = 12;

  /** No amount, not even a total, reaches this: it keeps every sum inside numeric(19, 4). */
  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    int minorUnits = minorUnitsOf(currency);
    if (amount.abs().compareTo(LIMIT) >= 0) {
      throw new IllegalArgumentException("amount " + amount.toPlainString() + " is out of range");
    }
    if (amount.stripTrailingZeros().scale() > minorUnits) {
      throw new IllegalArgumentException(
          "amount %s has more decimals than %s allows (%d)"
              .formatted(amount.toPlainString(), currency.getCurrencyCode(), minorUnits));
    }
    amount = amount.setScale(minorUnits, RoundingMode.UNNECESSARY);
  }

  /** Parses an exact decimal string such as {@code "1656.25"} in the given ISO 4217 code. */
  public static Money of(String amount, String currencyCode) {
    return new Money(parseDecimal(amount), currencyOf(currencyCode));
  }

  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, currencyOf(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** Looks up an active ISO 4217 currency, refusing codes without minor units such as XAU. */
  public static Currency currencyOf(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be a three-letter ISO 4217 code: " + code);
    }
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException("unknown currency: " + code);
    }
    minorUnitsOf(currency);
    return currency;
  }

  private static int minorUnitsOf(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException(
          "currency " + currency.getCurrencyCode() + " has no minor units and is not money here");
    }
    return digits;
  }

  private static BigDecimal parseDecimal(String amount) {
    if (amount == null || !amount.matches("-?\\d+(\\.\\d+)?")) {
      throw new IllegalArgumentException("amount must be a plain decimal string: " + amount);
    }
    if (amount.replace("-", "").split("\\.")[0].replaceFirst("^0+(?=\\d)", "").length()
        > DOCUMENT_DIGITS) {
      throw new IllegalArgumentException(
          "amount %s is beyond the largest document amount (%d digits before the point)"
              .formatted(amount, DOCUMENT_DIGITS));
    }
    return new BigDecimal(amount);
  }

  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** Multiplies by a factor (a rate, a share) and rounds once by {@link #ROUNDING}. */
  public Money times(BigDecimal factor) {
    BigDecimal product = amount.multiply(factor);
    return new Money(product.setScale(amount.scale(), ROUNDING), currency);
  }

  /** This amount in another currency at the given rate (target units per one unit of this). */
  public Money convertTo(Currency target, BigDecimal rate) {
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("an exchange rate must be positive: " + rate);
    }
    BigDecimal converted = amount.multiply(rate).setScale(minorUnitsOf(target), ROUNDING);
    return new Money(converted, target);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine %s with %s".formatted(currencyCode(), other.currencyCode()));
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currencyCode();
  }
}
