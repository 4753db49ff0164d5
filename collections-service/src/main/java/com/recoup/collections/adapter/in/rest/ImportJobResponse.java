package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.domain.imports.ImportJob;
import java.time.Instant;

/**
 * An import and its progress: {@code recordsDone} of {@code recordsTotal} (null until the file has
 * been read through once), and how many were accepted, unchanged and rejected.
 */
public record ImportJobResponse(
    String id,
    String fileName,
    String format,
    String profile,
    String sha256,
    long bytes,
    String requestedBy,
    String state,
    Integer recordsTotal,
    int recordsDone,
    int accepted,
    int unchanged,
    int rejected,
    Instant startedAt,
    Instant finishedAt,
    String failureReason,
    String repeatOf) {

  static ImportJobResponse of(ImportJob job) {
    return new ImportJobResponse(
        job.id().toString(),
        job.source().fileName(),
        job.source().format(),
        job.source().profile(),
        job.source().sha256(),
        job.source().bytes(),
        job.source().requestedBy(),
        job.state().name(),
        job.recordsTotal(),
        job.recordsDone(),
        job.tally().accepted(),
        job.tally().unchanged(),
        job.tally().rejected(),
        job.startedAt(),
        job.finishedAt(),
        job.failureReason(),
        job.repeatOf() == null ? null : job.repeatOf().toString());
  }
}
