package com.recoup.kpi.application.port.out;

import com.recoup.kpi.domain.TargetSet;

/** Announces kpi-service's facts on recoup.kpi.v1, in the transaction that made them. */
public interface KpiEventPublisher {

  void targetSet(TargetSet event);
}
