package com.recoup.kpi.adapter.out.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.recoup.kpi.domain.Target;
import com.recoup.kpi.domain.TargetSet;
import java.math.BigDecimal;

/** The data of recoup.kpi.target.set.v1, as its schema describes it. */
record TargetSetData(
    String figure,
    String quarter,
    String target,
    String direction,
    @JsonInclude(JsonInclude.Include.ALWAYS) String previousTarget,
    String setBy) {

  static TargetSetData of(TargetSet event) {
    Target target = event.target();
    return new TargetSetData(
        target.figure().name(),
        target.quarter().toString(),
        target.value().toPlainString(),
        target.direction().name(),
        plain(event.previousValue()),
        target.setBy());
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
