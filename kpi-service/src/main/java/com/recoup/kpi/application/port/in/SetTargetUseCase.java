package com.recoup.kpi.application.port.in;

import com.recoup.kpi.domain.Target;

/** Sets (or replaces) a figure's target for a quarter and announces it on the KPI topic. */
public interface SetTargetUseCase {

  Target set(SetTargetCommand command);
}
