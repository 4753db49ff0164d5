package com.recoup.collections.application.port.out;

/**
 * Applies the credit notes and disputes that an import file carries, through the use cases that own
 * those documents. Until those use cases are wired, {@link #NOT_SUPPORTED} refuses every such
 * record, and the import reports it as rejected, "not supported yet".
 */
public interface LedgerAdjustments {

  /** What a record did to the ledger. */
  enum Result {
    APPLIED,
    UNCHANGED,
    NOT_SUPPORTED
  }

  Result issueCreditNote(ParsedRecord.CreditNoteRecord record);

  Result markDisputed(ParsedRecord.DisputeRecord record);

  LedgerAdjustments NOT_SUPPORTED =
      new LedgerAdjustments() {
        @Override
        public Result issueCreditNote(ParsedRecord.CreditNoteRecord record) {
          return Result.NOT_SUPPORTED;
        }

        @Override
        public Result markDisputed(ParsedRecord.DisputeRecord record) {
          return Result.NOT_SUPPORTED;
        }
      };
}
