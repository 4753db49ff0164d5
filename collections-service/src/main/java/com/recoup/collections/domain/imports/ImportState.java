package com.recoup.collections.domain.imports;

/** Where an import stands: still applying records, done, or stopped by a failure. */
public enum ImportState {
  RUNNING,
  COMPLETED,
  FAILED
}
