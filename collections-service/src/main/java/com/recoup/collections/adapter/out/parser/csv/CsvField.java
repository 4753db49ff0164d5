package com.recoup.collections.adapter.out.parser.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The ledger fields a CSV column can map to. */
enum CsvField {
  CUSTOMER_NUMBER("customerNumber"),
  CUSTOMER_NAME("customerName"),
  COUNTRY("country"),
  SEGMENT("segment"),
  COLLECTOR("collector"),
  PAPERLESS("paperless"),
  INVOICE_NUMBER("invoiceNumber"),
  ISSUE_DATE("issueDate"),
  DUE_DATE("dueDate"),
  AMOUNT("amount"),
  CURRENCY("currency"),
  EXCHANGE_RATE("exchangeRate"),
  PURCHASE_ORDER("purchaseOrder"),
  DISPUTED("disputed"),
  SETTLED_DATE("settledDate");

  private final String jsonName;

  CsvField(String jsonName) {
    this.jsonName = jsonName;
  }

  String jsonName() {
    return jsonName;
  }

  static Optional<CsvField> named(String name) {
    return Arrays.stream(values())
        .filter(f -> f.jsonName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
