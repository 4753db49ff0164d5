package com.recoup.credit.domain;

/** The ERP's number of a customer, the key of every credit fact and of its events' partition. */
public record CustomerNumber(String value) {

  private static final int MAX_LENGTH = 64;

  public CustomerNumber {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a customer number must not be blank");
    }
    if (value.length() > MAX_LENGTH || !value.equals(value.strip())) {
      throw new IllegalArgumentException(
          "a customer number has at most %d characters and no surrounding spaces"
              .formatted(MAX_LENGTH));
    }
  }

  public static CustomerNumber of(String value) {
    return new CustomerNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
