package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.ImportRecordPage;
import com.recoup.collections.domain.imports.ImportedRecord;
import java.util.List;

/** One page of an import's report and how many lines match in all. */
public record ImportRecordPageResponse(
    List<ImportRecordResponse> items, int page, int size, long total) {

  /** What became of one record: its place in the file, the document it names, the outcome. */
  public record ImportRecordResponse(
      int sequence,
      String position,
      String kind,
      String documentNumber,
      String outcome,
      String reason) {

    static ImportRecordResponse of(ImportedRecord r) {
      return new ImportRecordResponse(
          r.sequence(),
          r.position(),
          r.kind().name(),
          r.documentNumber(),
          r.outcome().name(),
          r.reason());
    }
  }

  static ImportRecordPageResponse of(ImportRecordPage page) {
    return new ImportRecordPageResponse(
        page.items().stream().map(ImportRecordResponse::of).toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
