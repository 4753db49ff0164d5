package com.recoup.collections.application.port.out;

import com.recoup.collections.domain.imports.ImportJob;

/** Tells operators how an import goes: started, records done out of the total, finished. */
public interface ImportProgress {

  void started(ImportJob job);

  void progressed(ImportJob job);

  void finished(ImportJob job);

  /** A batch failed for a reason no record was named for; its records go again one by one. */
  void batchRetried(ImportJob job, int records, Exception failure);
}
