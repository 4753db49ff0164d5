package com.recoup.kpi.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as {@code 2026-Q4}, the period of targets and evaluations. */
public record Quarter(int year, int number) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

  public Quarter {
    if (year < 1 || year > 9999 || number < 1 || number > 4) {
      throw new IllegalArgumentException("no such quarter: " + year + "-Q" + number);
    }
  }

  /** Reads {@code YYYY-Qn}. */
  public static Quarter parse(String text) {
    Matcher matcher = FORMAT.matcher(text == null ? "" : text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("a quarter is written like 2026-Q4: " + text);
    }
    return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, 3 * number - 2, 1);
  }

  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  @Override
  public String toString() {
    return "%04d-Q%d".formatted(year, number);
  }
}
