package com.recoup.kpi.domain;

/** Whether a figure meets its target by staying at or below it (DSO) or at or above it. */
public enum TargetDirection {
  AT_MOST,
  AT_LEAST
}
