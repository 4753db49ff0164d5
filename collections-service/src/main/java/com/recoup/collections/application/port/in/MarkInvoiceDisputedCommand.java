package com.recoup.collections.application.port.in;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;

/**
 * The customer contests an invoice. The customer number, when given, must be the invoice's; the day
 * defaults to today and the amount to what is open (the whole invoice when nothing is).
 */
public record MarkInvoiceDisputedCommand(
    String invoiceNumber,
    String customerNumber,
    LocalDate disputedOn,
    Money disputedAmount,
    String reason) {

  /** A dispute as an import record reports it: invoice, customer and reason. */
  public MarkInvoiceDisputedCommand(String invoiceNumber, String customerNumber, String reason) {
    this(invoiceNumber, customerNumber, null, null, reason);
  }
}
