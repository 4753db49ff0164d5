package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.imports.ImportedRecord;
import java.util.List;

/** One page of an import's report lines and how many lines match in all. */
public record ImportRecordPage(List<ImportedRecord> items, int page, int size, long total) {

  public static final int MAX_SIZE = 500;

  public ImportRecordPage {
    items = List.copyOf(items);
  }
}
