package com.recoup.alerting.domain;

/** The ERP customer number: the key of a customer's open receivables and of its alerts. */
public record CustomerNumber(String value) {

  public CustomerNumber {
    if (value == null || value.isBlank() || value.length() > 64) {
      throw new IllegalArgumentException("a customer number has 1 to 64 characters: " + value);
    }
  }

  /** The alert subject naming this customer, such as {@code customer/C-1001}. */
  public String subject() {
    return "customer/" + value;
  }

  @Override
  public String toString() {
    return value;
  }
}
