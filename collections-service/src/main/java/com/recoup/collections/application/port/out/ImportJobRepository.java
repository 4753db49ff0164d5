package com.recoup.collections.application.port.out;

import com.recoup.collections.application.port.in.ImportRecordPage;
import com.recoup.collections.domain.imports.ImportJob;
import com.recoup.collections.domain.imports.ImportJobId;
import com.recoup.collections.domain.imports.ImportSource;
import com.recoup.collections.domain.imports.ImportedRecord;
import com.recoup.collections.domain.imports.RecordOutcome;
import java.util.List;
import java.util.Optional;

/** Keeps imports and their reports. */
public interface ImportJobRepository {

  /** Stores a new import; refuses with a conflict while the same file is being imported. */
  void add(ImportJob job);

  Optional<ImportJob> find(ImportJobId id);

  /** The latest completed import of the same bytes in the same format and profile. */
  Optional<ImportJobId> lastCompletedImportOf(ImportSource source);

  /** Stores the state, the record count and the end of an import; not its tally. */
  void update(ImportJob job);

  /** Adds report lines and counts them into the tally, in the caller's transaction. */
  void addRecords(ImportJobId job, List<ImportedRecord> records);

  ImportRecordPage records(ImportJobId job, RecordOutcome outcome, int page, int size);
}
