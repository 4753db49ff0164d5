package com.recoup.kpi.domain;

/** The two ways DOMAIN.md defines days sales outstanding. */
public enum DsoMethod {
  /** Ending receivables / credit sales of the period × days in the period. */
  PERIOD,
  /** Walk back month by month, using up the ending receivables with each month's credit sales. */
  COUNTBACK
}
