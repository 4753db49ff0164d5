package com.recoup.collections.domain.imports;

import java.util.Objects;

/**
 * The file an import reads: its name as uploaded, the format and CSV profile asked for, its SHA-256
 * and size, and who sent it.
 */
public record ImportSource(
    String fileName, String format, String profile, String sha256, long bytes, String requestedBy) {

  public ImportSource {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(requestedBy, "requestedBy");
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a SHA-256 is 64 lower-case hex digits: " + sha256);
    }
    if (bytes < 0) {
      throw new IllegalArgumentException("a file size cannot be negative: " + bytes);
    }
  }
}
