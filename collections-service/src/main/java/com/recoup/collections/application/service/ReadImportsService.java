package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.ImportRecordPage;
import com.recoup.collections.application.port.in.ReadImportsUseCase;
import com.recoup.collections.application.port.out.ImportJobRepository;
import com.recoup.collections.domain.imports.ImportJob;
import com.recoup.collections.domain.imports.ImportJobId;
import com.recoup.collections.domain.imports.RecordOutcome;
import com.recoup.kernel.domain.DomainException;
import jakarta.transaction.Transactional;

/** Answers reads of imports and their reports. */
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadImportsService implements ReadImportsUseCase {

  private final ImportJobRepository jobs;

  public ReadImportsService(ImportJobRepository jobs) {
    this.jobs = jobs;
  }

  @Override
  public ImportJob job(String id) {
    return jobs.find(ImportJobId.of(id)).orElseThrow(() -> notFound(id));
  }

  @Override
  public ImportRecordPage records(String id, RecordOutcome outcome, int page, int size) {
    if (page < 0) {
      throw new IllegalArgumentException("page is numbered from 0: " + page);
    }
    if (size < 1 || size > ImportRecordPage.MAX_SIZE) {
      throw new IllegalArgumentException(
          "size must be 1 to " + ImportRecordPage.MAX_SIZE + ": " + size);
    }
    ImportJob job = job(id);
    return jobs.records(job.id(), outcome, page, size);
  }

  private static DomainException notFound(String id) {
    return DomainException.notFound("import-not-found", "no import " + id);
  }
}
