package com.recoup.collections.application.port.out;

import com.recoup.collections.domain.imports.ImportJob;

/** Tells operators how an import goes: started, records done out of the total, finished. */
public interface ImportProgress {

  void started(ImportJob job);

  void progressed(ImportJob job);

  void finished(ImportJob job);
}
