package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.IssueCreditNoteCommand;
import com.recoup.collections.application.port.in.IssueCreditNoteUseCase;
import com.recoup.collections.application.port.in.MarkInvoiceDisputedCommand;
import com.recoup.collections.application.port.in.MarkInvoiceDisputedUseCase;
import com.recoup.collections.application.port.out.LedgerAdjustments;
import com.recoup.collections.application.port.out.ParsedRecord;

/** Hands credit notes and disputes read from import files to the ledger's own use cases. */
public class LedgerAdjustmentsAdapter implements LedgerAdjustments {

  private final IssueCreditNoteUseCase creditNotes;
  private final MarkInvoiceDisputedUseCase disputes;

  public LedgerAdjustmentsAdapter(
      IssueCreditNoteUseCase creditNotes, MarkInvoiceDisputedUseCase disputes) {
    this.creditNotes = creditNotes;
    this.disputes = disputes;
  }

  @Override
  public Result issueCreditNote(ParsedRecord.CreditNoteRecord record) {
    IssueCreditNoteUseCase.Result result =
        creditNotes.issue(
            new IssueCreditNoteCommand(
                record.creditNoteNumber(),
                record.customerNumber(),
                record.invoiceNumber(),
                record.issueDate(),
                record.amount(),
                record.reason()));
    return result.created() ? Result.APPLIED : Result.UNCHANGED;
  }

  @Override
  public Result markDisputed(ParsedRecord.DisputeRecord record) {
    MarkInvoiceDisputedUseCase.Result result =
        disputes.markDisputed(
            new MarkInvoiceDisputedCommand(
                record.invoiceNumber(), record.customerNumber(), record.reason()));
    return result.changed() ? Result.APPLIED : Result.UNCHANGED;
  }
}
