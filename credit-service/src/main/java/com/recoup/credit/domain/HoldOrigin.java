package com.recoup.credit.domain;

/** Who put a hold on: a person by hand, or a rule (automatic holds come in a later slice). */
public enum HoldOrigin {
  MANUAL,
  RULE
}
