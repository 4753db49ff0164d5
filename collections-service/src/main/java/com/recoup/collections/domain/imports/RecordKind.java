package com.recoup.collections.domain.imports;

/** The kind of ledger document a record of an import file describes. */
public enum RecordKind {
  CUSTOMER,
  INVOICE,
  CREDIT_NOTE,
  PAYMENT,
  DISPUTE,
  /** A record the parser could not read, so its kind is unknown. */
  UNREADABLE
}
