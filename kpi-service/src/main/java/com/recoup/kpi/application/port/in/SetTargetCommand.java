package com.recoup.kpi.application.port.in;

import com.recoup.kpi.domain.KpiFigure;
import com.recoup.kpi.domain.Quarter;
import com.recoup.kpi.domain.TargetDirection;
import java.math.BigDecimal;
import java.util.Objects;

/** A figure's target for a quarter, as a finance analyst sets it. */
public record SetTargetCommand(
    KpiFigure figure, Quarter quarter, BigDecimal value, TargetDirection direction, String setBy) {

  public SetTargetCommand {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(setBy, "setBy");
  }
}
