package com.recoup.collections.domain.imports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One import of a file into the ledger and its progress. Its record count is known once the file
 * has been read through; its tally only grows; once completed or failed it changes no more.
 * Instances are immutable, so a status reader never sees one half updated.
 */
public record ImportJob(
    ImportJobId id,
    ImportSource source,
    ImportJobId repeatOf,
    ImportState state,
    Integer recordsTotal,
    ImportTally tally,
    Instant startedAt,
    Instant finishedAt,
    String failureReason) {

  public ImportJob {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(startedAt, "startedAt");
  }

  /** A new import of the file; {@code repeatOf} names an earlier completed import of it, if any. */
  public static ImportJob start(
      ImportJobId id, ImportSource source, ImportJobId repeatOf, Instant now) {
    return new ImportJob(
        id, source, repeatOf, ImportState.RUNNING, null, ImportTally.NONE, now, null, null);
  }

  /** The file has been read through and holds this many records. */
  public ImportJob counted(int total) {
    requireRunning();
    if (total < 0) {
      throw new IllegalArgumentException("a record count cannot be negative: " + total);
    }
    return new ImportJob(
        id, source, repeatOf, state, total, tally, startedAt, finishedAt, failureReason);
  }

  /** Some more records got their outcome. */
  public ImportJob recorded(List<ImportedRecord> records) {
    requireRunning();
    return new ImportJob(
        id,
        source,
        repeatOf,
        state,
        recordsTotal,
        tally.plus(ImportTally.of(records)),
        startedAt,
        finishedAt,
        failureReason);
  }

  public ImportJob completed(Instant now) {
    requireRunning();
    return new ImportJob(
        id, source, repeatOf, ImportState.COMPLETED, recordsTotal, tally, startedAt, now, null);
  }

  /** Stops the import; the records applied so far stay applied, each one whole. */
  public ImportJob failed(String reason, Instant now) {
    requireRunning();
    Objects.requireNonNull(reason, "reason");
    return new ImportJob(
        id, source, repeatOf, ImportState.FAILED, recordsTotal, tally, startedAt, now, reason);
  }

  public int recordsDone() {
    return tally.done();
  }

  private void requireRunning() {
    if (state != ImportState.RUNNING) {
      throw new IllegalStateException("import " + id + " is " + state + " and changes no more");
    }
  }
}
