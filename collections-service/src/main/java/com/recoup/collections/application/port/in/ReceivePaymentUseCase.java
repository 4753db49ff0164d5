package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ledger.Payment;
import com.recoup.collections.domain.ledger.UnidentifiedPayment;

/**
 * Posts a payment and applies it: to the invoices the ERP names, else by cash application; what
 * matches nothing stays unapplied for review. A bank payment that names no customer and no invoice
 * of exactly one customer is kept as unidentified cash, outside every account.
 */
public interface ReceivePaymentUseCase {

  /**
   * The payment as the ledger holds it and whether this call created it. Exactly one of {@code
   * payment} and {@code unidentified} is set: the latter when no customer could be identified.
   */
  record Result(Payment payment, boolean created, UnidentifiedPayment unidentified) {

    public Result(Payment payment, boolean created) {
      this(payment, created, null);
    }

    public static Result unidentified(UnidentifiedPayment unidentified, boolean created) {
      return new Result(null, created, unidentified);
    }

    public boolean identified() {
      return payment != null;
    }
  }

  Result receive(ReceivePaymentCommand command);
}
