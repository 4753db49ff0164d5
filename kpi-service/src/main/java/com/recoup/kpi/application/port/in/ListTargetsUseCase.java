package com.recoup.kpi.application.port.in;

/** Lists the quarterly targets for the evaluation screens and reports. */
public interface ListTargetsUseCase {

  TargetPage list(ListTargetsCommand command);
}
