package com.recoup.kpi.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure's target for a quarter was set or changed; {@code previousValue} is the value it
 * replaced, or null when the quarter had no target for the figure.
 */
public record TargetSet(Target target, BigDecimal previousValue) {

  public TargetSet {
    Objects.requireNonNull(target, "target");
  }
}
