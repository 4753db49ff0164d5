package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.WriteOff;

/**
 * Writes off part or all of an invoice's open amount; written off whole, the invoice is
 * WRITTEN_OFF. The approval workflow that leads here is not part of this use case.
 */
public interface WriteOffInvoiceUseCase {

  /** The write-off recorded and the invoice after it. */
  record Result(WriteOff writeOff, Invoice invoice) {}

  Result writeOff(WriteOffInvoiceCommand command);
}
