package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ledger.Invoice;

/**
 * Cancels an invoice on which nothing was paid, credited or written off. Cancelling a cancelled
 * invoice again changes nothing.
 */
public interface CancelInvoiceUseCase {

  /** The invoice as the ledger now holds it, and whether this call cancelled it. */
  record Result(Invoice invoice, boolean changed) {}

  Result cancel(CancelInvoiceCommand command);
}
