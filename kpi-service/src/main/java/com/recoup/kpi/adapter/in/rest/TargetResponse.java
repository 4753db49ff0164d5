package com.recoup.kpi.adapter.in.rest;

import com.recoup.kpi.domain.KpiFigure;
import com.recoup.kpi.domain.Target;
import com.recoup.kpi.domain.TargetDirection;
import java.time.OffsetDateTime;

/** A quarter's target for a figure, with who set it and when. */
public record TargetResponse(
    KpiFigure figure,
    String quarter,
    String target,
    TargetDirection direction,
    String setBy,
    OffsetDateTime setAt) {

  static TargetResponse of(Target target) {
    return new TargetResponse(
        target.figure(),
        target.quarter().toString(),
        target.value().toPlainString(),
        target.direction(),
        target.setBy(),
        target.setAt());
  }
}
