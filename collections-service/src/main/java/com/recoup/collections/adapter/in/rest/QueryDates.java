package com.recoup.collections.adapter.in.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads ISO 8601 dates from query parameters; a bad one is a 400 naming the parameter. */
final class QueryDates {

  private QueryDates() {}

  /** The date, or null when the parameter is absent. */
  static LocalDate optional(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException malformed) {
      throw new IllegalArgumentException(
          "%s must be an ISO 8601 date such as 2026-12-31: %s".formatted(name, value));
    }
  }
}
