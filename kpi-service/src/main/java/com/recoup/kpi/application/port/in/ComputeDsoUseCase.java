package com.recoup.kpi.application.port.in;

/** Computes days sales outstanding as of a date from the receivables read model. */
public interface ComputeDsoUseCase {

  DsoReport compute(ComputeDsoCommand command);
}
