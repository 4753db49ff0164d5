package com.recoup.collections.domain.imports;

import java.util.Objects;
import java.util.UUID;

/** The id of one import of a file. */
public record ImportJobId(UUID value) {

  public ImportJobId {
    Objects.requireNonNull(value, "value");
  }

  public static ImportJobId random() {
    return new ImportJobId(UUID.randomUUID());
  }

  /** Reads an id as the API shows it, refusing anything that is not a UUID. */
  public static ImportJobId of(String text) {
    try {
      return new ImportJobId(UUID.fromString(text));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("an import id is a UUID: " + text);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
