package com.recoup.alerting.domain;

/** The stable name of one configured rule, such as {@code concentration-25}. */
public record RuleId(String value) {

  public RuleId {
    if (value == null || !value.matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw new IllegalArgumentException("a rule id is 1 to 64 kebab-case characters: " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
