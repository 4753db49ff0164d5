package com.recoup.alerting.domain;

/** The kinds of early-warning rule; each kind reads its own parameters from the rule's data. */
public enum RuleType {
  /** One customer's share of all open receivables is above a threshold. */
  CONCENTRATION
}
