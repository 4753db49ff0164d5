package com.recoup.collections.domain.imports;

import java.util.List;

/** How many records of an import were accepted, unchanged and rejected so far. */
public record ImportTally(int accepted, int unchanged, int rejected) {

  public static final ImportTally NONE = new ImportTally(0, 0, 0);

  public ImportTally {
    if (accepted < 0 || unchanged < 0 || rejected < 0) {
      throw new IllegalArgumentException("record counts cannot be negative");
    }
  }

  public static ImportTally of(List<ImportedRecord> records) {
    ImportTally tally = NONE;
    for (ImportedRecord record : records) {
      tally = tally.plus(record.outcome());
    }
    return tally;
  }

  public ImportTally plus(ImportTally other) {
    return new ImportTally(
        accepted + other.accepted, unchanged + other.unchanged, rejected + other.rejected);
  }

  /** Records with an outcome, in whatever order they were applied. */
  public int done() {
    return accepted + unchanged + rejected;
  }

  private ImportTally plus(RecordOutcome outcome) {
    return switch (outcome) {
      case ACCEPTED -> new ImportTally(accepted + 1, unchanged, rejected);
      case UNCHANGED -> new ImportTally(accepted, unchanged + 1, rejected);
      case REJECTED -> new ImportTally(accepted, unchanged, rejected + 1);
    };
  }
}
