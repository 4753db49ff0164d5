package com.recoup.alerting.application.port.in;

import com.recoup.alerting.domain.AlertState;
import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.alerting.domain.RuleId;

/**
 * Which alerts to list; a null filter means any.
 *
 * @param page the zero-based page number
 * @param size alerts per page, 1 to {@value #MAX_SIZE}
 */
public record ListAlertsQuery(
    AlertState state, CustomerNumber customer, RuleId rule, int page, int size) {

  public static final int MAX_SIZE = 100;

  public ListAlertsQuery {
    if (page < 0) {
      throw new IllegalArgumentException("page starts at 0: " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "size lies between 1 and %d: %d".formatted(MAX_SIZE, size));
    }
  }
}
