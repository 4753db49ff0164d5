package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.imports.ImportJob;
import com.recoup.collections.domain.imports.RecordOutcome;

/** Reads imports and their reports; an unknown import id is refused with not-found. */
public interface ReadImportsUseCase {

  ImportJob job(String id);

  /** The report lines in file order, optionally only those with one outcome; pages from 0. */
  ImportRecordPage records(String id, RecordOutcome outcome, int page, int size);
}
