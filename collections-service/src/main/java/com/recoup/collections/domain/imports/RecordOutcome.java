package com.recoup.collections.domain.imports;

/** What became of one record of an import file. */
public enum RecordOutcome {
  /** The record changed the ledger. */
  ACCEPTED,
  /** The ledger already held exactly this document; nothing changed. */
  UNCHANGED,
  /** The record was refused, with a reason; nothing of it was written. */
  REJECTED
}
