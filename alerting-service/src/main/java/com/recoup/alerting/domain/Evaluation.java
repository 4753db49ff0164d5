package com.recoup.alerting.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule found for one customer: whether its condition holds, a sentence saying why, and the
 * figures behind it as exact decimal strings (for example share and threshold).
 *
 * @param currency the functional currency of the money figures, or null when a rule has none
 */
public record Evaluation(
    CustomerNumber customer,
    boolean breached,
    String message,
    Map<String, String> figures,
    String currency) {

  public Evaluation {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(message, "message");
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }

  public String subject() {
    return customer.subject();
  }
}
