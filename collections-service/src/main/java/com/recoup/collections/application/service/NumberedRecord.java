package com.recoup.collections.application.service;

import com.recoup.collections.application.port.out.ParsedRecord;
import java.util.Objects;

/** A record of an import file and its number among the file's records, counted from 1. */
public record NumberedRecord(int sequence, ParsedRecord record) {

  public NumberedRecord {
    Objects.requireNonNull(record, "record");
  }
}
