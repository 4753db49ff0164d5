package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ledger.Invoice;

/**
 * Flags an invoice as disputed, with the disputed amount. The dispute workflow (reason codes,
 * resolution) builds on this mark; marking the same dispute again changes nothing.
 */
public interface MarkInvoiceDisputedUseCase {

  /** The invoice as the ledger now holds it, and whether this call changed its dispute. */
  record Result(Invoice invoice, boolean changed) {}

  Result markDisputed(MarkInvoiceDisputedCommand command);
}
