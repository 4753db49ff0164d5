package com.recoup.collections.adapter.out.log;

import com.recoup.collections.application.port.out.ImportProgress;
import com.recoup.collections.domain.imports.ImportJob;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/** Reports the progress of imports in the service log, one line per step, as key=value pairs. */
@ApplicationScoped
public class ImportProgressLog implements ImportProgress {

  @Override
  public void started(ImportJob job) {
    Log.infof(
        "import=%s started format=%s profile=%s bytes=%d total=%d",
        job.id(),
        job.source().format(),
        job.source().profile(),
        job.source().bytes(),
        job.recordsTotal());
  }

  @Override
  public void progressed(ImportJob job) {
    Log.infof("import=%s done=%d total=%d", job.id(), job.recordsDone(), job.recordsTotal());
  }

  @Override
  public void finished(ImportJob job) {
    if (job.failureReason() != null) {
      Log.warnf(
          "import=%s state=%s done=%d total=%d reason=%s",
          job.id(), job.state(), job.recordsDone(), job.recordsTotal(), job.failureReason());
      return;
    }
    Log.infof(
        "import=%s state=%s done=%d total=%d accepted=%d unchanged=%d rejected=%d",
        job.id(),
        job.state(),
        job.recordsDone(),
        job.recordsTotal(),
        job.tally().accepted(),
        job.tally().unchanged(),
        job.tally().rejected());
  }

  @Override
  public void batchRetried(ImportJob job, int records, Exception failure) {
    Log.warnf(
        "import=%s batch of %d records failed, applying them one by one: %s",
        job.id(), records, failure.toString());
  }
}
