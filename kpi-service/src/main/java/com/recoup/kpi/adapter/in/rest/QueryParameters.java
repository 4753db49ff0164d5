package com.recoup.kpi.adapter.in.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads query parameters by hand, so that a malformed one is a 400 problem naming it rather than
 * the 404 that JAX-RS gives a query parameter it cannot convert.
 */
final class QueryParameters {

  private QueryParameters() {}

  static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be an ISO 8601 date such as 2026-01-31");
    }
  }

  static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number: " + value);
    }
  }
}
