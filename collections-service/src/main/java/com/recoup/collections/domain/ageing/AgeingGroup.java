package com.recoup.collections.domain.ageing;

import java.util.Locale;

/** What an ageing report puts on its rows. */
public enum AgeingGroup {
  CUSTOMER,
  SEGMENT,
  COLLECTOR,
  CURRENCY;

  /** Reads {@code customer}, {@code segment}, {@code collector} or {@code currency}. */
  public static AgeingGroup parse(String text) {
    for (AgeingGroup group : values()) {
      if (group.name().equalsIgnoreCase(text)) {
        return group;
      }
    }
    throw new IllegalArgumentException(
        "groupBy must be customer, segment, collector or currency: " + text);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
