package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ledger.Payment;

/**
 * Posts a payment and applies it: to the invoices the ERP names, else by cash application; what
 * matches nothing stays unapplied for review.
 */
public interface ReceivePaymentUseCase {

  /** The payment as the ledger holds it, and whether this call created it. */
  record Result(Payment payment, boolean created) {}

  Result receive(ReceivePaymentCommand command);
}
