package com.recoup.collections.application.service;

/**
 * The ledger refused one record of an import. Thrown out of a transaction so that nothing of the
 * record, nor of the batch it was applied in, is kept.
 */
public class RecordRefusedException extends RuntimeException {

  private final transient NumberedRecord record;

  public RecordRefusedException(NumberedRecord record, String reason, Throwable cause) {
    super(reason, cause);
    this.record = record;
  }

  public NumberedRecord record() {
    return record;
  }

  public String reason() {
    return getMessage();
  }
}
