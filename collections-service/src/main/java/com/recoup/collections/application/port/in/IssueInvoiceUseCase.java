package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ledger.Invoice;

/** Posts an invoice to the ledger; posting the same invoice again changes nothing. */
public interface IssueInvoiceUseCase {

  /** The invoice as the ledger holds it, and whether this call created it. */
  record Result(Invoice invoice, boolean created) {}

  Result issue(IssueInvoiceCommand command);
}
