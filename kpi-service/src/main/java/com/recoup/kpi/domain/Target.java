package com.recoup.kpi.domain;

import com.recoup.kernel.domain.DomainException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The value a figure should reach in a quarter, and from which side: the yardstick of the quarterly
 * evaluation. One per figure and quarter; setting it again replaces it.
 */
public record Target(
    KpiFigure figure,
    Quarter quarter,
    BigDecimal value,
    TargetDirection direction,
    String setBy,
    OffsetDateTime setAt) {

  private static final int SCALE = 2;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MAX_DAYS = BigDecimal.valueOf(3660);

  public Target {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(setBy, "setBy");
    Objects.requireNonNull(setAt, "setAt");
    value = scaled(Objects.requireNonNull(value, "value"));
    requireInRange(figure, value);
  }

  private static BigDecimal scaled(BigDecimal value) {
    if (value.stripTrailingZeros().scale() > SCALE) {
      throw new IllegalArgumentException("a target has at most two decimals: " + value);
    }
    return value.setScale(SCALE);
  }

  private static void requireInRange(KpiFigure figure, BigDecimal value) {
    BigDecimal max = figure.unit() == KpiFigure.Unit.PERCENT ? HUNDRED : MAX_DAYS;
    if (value.signum() < 0 || value.compareTo(max) > 0) {
      throw DomainException.ruleViolated(
          "target-out-of-range",
          "a %s target lies between 0 and %s, not %s".formatted(figure, max, value));
    }
  }
}
