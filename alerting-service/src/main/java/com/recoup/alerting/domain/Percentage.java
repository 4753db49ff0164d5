package com.recoup.alerting.domain;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A percentage between 0 and 100 held at two decimals, such as a customer's share (30.00 %). */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

  public static final int SCALE = 2;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);

  public Percentage {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("a percentage lies between 0 and 100: " + value);
    }
    if (value.stripTrailingZeros().scale() > SCALE) {
      throw new IllegalArgumentException("a percentage has at most two decimals: " + value);
    }
    value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
  }

  public static Percentage of(String value) {
    return new Percentage(new BigDecimal(value));
  }

  /**
   * The part's share of the whole, rounded once to two decimals by the suite's money rounding
   * policy; the part may not exceed the whole, and both are in one currency.
   */
  public static Percentage shareOf(Money part, Money whole) {
    if (!whole.isPositive() || part.isNegative() || part.isGreaterThan(whole)) {
      throw new IllegalArgumentException("no share of %s in %s".formatted(part, whole));
    }
    BigDecimal share =
        part.amount().multiply(HUNDRED).divide(whole.amount(), SCALE, Money.ROUNDING);
    return new Percentage(share);
  }

  public boolean isAbove(Percentage other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(Percentage other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }
}
