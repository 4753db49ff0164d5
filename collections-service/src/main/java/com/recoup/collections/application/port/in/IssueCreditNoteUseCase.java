package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ledger.CreditNote;
import com.recoup.collections.domain.ledger.Invoice;
import java.util.Optional;

/**
 * Posts a credit note: it lowers the invoice it names (never below zero) or stays as credit on the
 * account. Posting the same credit note again changes nothing. Imports hand their {@code
 * ParsedRecord.CreditNoteRecord}s here.
 */
public interface IssueCreditNoteUseCase {

  /** The credit note as the ledger holds it, the invoice it lowered, and whether it is new. */
  record Result(CreditNote creditNote, Optional<Invoice> invoice, boolean created) {}

  Result issue(IssueCreditNoteCommand command);
}
