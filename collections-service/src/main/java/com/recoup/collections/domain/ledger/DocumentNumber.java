package com.recoup.collections.domain.ledger;

/** The ERP's number of an invoice, credit note or payment; unique within its kind. */
public record DocumentNumber(String value) {

  public DocumentNumber {
    if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9._/ -]{0,63}")) {
      throw new IllegalArgumentException(
          "a document number is 1 to 64 letters, digits, spaces, '.', '_', '/' or '-': " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
