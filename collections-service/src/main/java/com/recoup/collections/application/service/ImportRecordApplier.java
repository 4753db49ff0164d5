package com.recoup.collections.application.service;

import com.recoup.collections.domain.imports.ImportJobId;
import com.recoup.collections.domain.imports.ImportedRecord;
import java.util.List;

/** Applies records of an import to the ledger, all records of one call in one transaction. */
public interface ImportRecordApplier {

  /**
   * Applies the records in order and stores their report lines. When the ledger refuses one, throws
   * {@link RecordRefusedException} naming it, and nothing of the call is kept.
   */
  List<ImportedRecord> apply(ImportJobId job, List<NumberedRecord> records);

  /** Stores the report line of a record the ledger refused. */
  ImportedRecord reject(ImportJobId job, NumberedRecord record, String reason);
}
