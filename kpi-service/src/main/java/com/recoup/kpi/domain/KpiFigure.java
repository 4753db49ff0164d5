package com.recoup.kpi.domain;

/** A figure of the plan that gets a quarterly target, and the unit it is measured in. */
public enum KpiFigure {
  DSO(Unit.DAYS),
  COLLECTION_RATE(Unit.PERCENT),
  BAD_DEBT_RATE(Unit.PERCENT);

  /** What a figure's number counts. */
  public enum Unit {
    DAYS,
    PERCENT
  }

  private final Unit unit;

  KpiFigure(Unit unit) {
    this.unit = unit;
  }

  public Unit unit() {
    return unit;
  }
}
