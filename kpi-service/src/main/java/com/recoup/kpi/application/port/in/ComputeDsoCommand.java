package com.recoup.kpi.application.port.in;

import com.recoup.kpi.domain.DsoMethod;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which DSO to compute: as of a date, by a method, and for the period method over how many days
 * ending on that date ({@code days} is ignored by countback, which walks calendar months).
 */
public record ComputeDsoCommand(LocalDate asOf, DsoMethod method, int days) {

  public static final int DEFAULT_DAYS = 90;
  public static final int MAX_DAYS = 3660;

  public ComputeDsoCommand {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(method, "method");
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days lies between 1 and " + MAX_DAYS + ": " + days);
    }
  }
}
