package com.recoup.collections.application.port.in;

import java.util.Objects;

/**
 * A file to import: its format ({@code csv}, {@code ubl}, {@code camt}, {@code mt940}), the CSV
 * column-mapping profile where the format needs one, its name as uploaded, its bytes, and the user
 * who sent it.
 */
public record ImportDocumentsCommand(
    String format, String profile, String fileName, ImportContent content, String requestedBy) {

  public ImportDocumentsCommand {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(requestedBy, "requestedBy");
    if (format == null || format.isBlank()) {
      throw new IllegalArgumentException("format is required");
    }
    fileName = fileName == null || fileName.isBlank() ? "upload" : fileName;
  }
}
