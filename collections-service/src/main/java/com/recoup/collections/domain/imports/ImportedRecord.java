package com.recoup.collections.domain.imports;

import java.util.Objects;

/**
 * One line of an import report: the record's place in the file, the document it names, and what
 * became of it. {@code sequence} counts the records of the file from 1.
 */
public record ImportedRecord(
    int sequence,
    String position,
    RecordKind kind,
    String documentNumber,
    RecordOutcome outcome,
    String reason) {

  public ImportedRecord {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outcome, "outcome");
    if (sequence < 1) {
      throw new IllegalArgumentException("records are numbered from 1: " + sequence);
    }
    if ((outcome == RecordOutcome.REJECTED) != (reason != null)) {
      throw new IllegalArgumentException("a rejected record, and only that, carries a reason");
    }
  }
}
