package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.Payment;

/** Reads single documents of the ledger; each refuses an unknown number with not-found. */
public interface ReadLedgerUseCase {

  Customer customer(String customerNumber);

  Invoice invoice(String invoiceNumber);

  Payment payment(String paymentReference);
}
