package com.recoup.collections.adapter.out.parser.csv;

import java.util.EnumSet;
import java.util.Set;

/** What a CSV row can produce, and the fields each product needs. */
enum CsvProduct {
  CUSTOMER(EnumSet.of(CsvField.CUSTOMER_NUMBER)),
  INVOICE(
      EnumSet.of(
          CsvField.CUSTOMER_NUMBER,
          CsvField.INVOICE_NUMBER,
          CsvField.ISSUE_DATE,
          CsvField.DUE_DATE,
          CsvField.AMOUNT)),
  DISPUTE(EnumSet.of(CsvField.DISPUTED)),
  SETTLEMENT(EnumSet.of(CsvField.SETTLED_DATE));

  private final Set<CsvField> required;

  CsvProduct(Set<CsvField> required) {
    this.required = required;
  }

  Set<CsvField> required() {
    return required;
  }
}
