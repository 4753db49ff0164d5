package com.recoup.kpi.application.port.in;

import com.recoup.kpi.domain.CustomerUpserted;
import com.recoup.kpi.domain.InvoiceIssued;
import com.recoup.kpi.domain.InvoiceSettled;
import com.recoup.kpi.domain.PaymentAllocated;

/**
 * Keeps the receivables read model in step with the ledger's events, so that any figure can be
 * computed as of any date. Applying the same facts again gives the same model.
 */
public interface ProjectLedgerEventsUseCase {

  void customerUpserted(CustomerUpserted event);

  void invoiceIssued(InvoiceIssued event);

  void paymentAllocated(PaymentAllocated event);

  void invoiceSettled(InvoiceSettled event);
}
