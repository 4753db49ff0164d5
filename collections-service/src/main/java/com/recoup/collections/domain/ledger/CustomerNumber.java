package com.recoup.collections.domain.ledger;

/** The ERP's number for a customer account; also the key that orders a customer's events. */
public record CustomerNumber(String value) {

  public CustomerNumber {
    if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")) {
      throw new IllegalArgumentException(
          "a customer number is 1 to 64 letters, digits, '.', '_', '/' or '-': " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
