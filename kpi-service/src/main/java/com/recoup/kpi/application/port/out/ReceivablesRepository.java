package com.recoup.kpi.application.port.out;

import com.recoup.kernel.domain.Money;
import com.recoup.kpi.domain.CustomerUpserted;
import com.recoup.kpi.domain.InvoiceIssued;
import com.recoup.kpi.domain.InvoiceSettled;
import com.recoup.kpi.domain.PaymentAllocated;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Map;

/**
 * The receivables read model: invoices with their payment history, stored so that the receivables
 * and the credit sales as of any date are aggregates computed where the data lives.
 */
public interface ReceivablesRepository {

  void saveCustomer(CustomerUpserted customer);

  /** Stores the invoice, replacing an earlier version of it. */
  void saveInvoice(InvoiceIssued invoice);

  /** Stores the allocation once; a repeat of the same allocation id changes nothing. */
  void saveAllocation(PaymentAllocated allocation);

  /** Records the settlement; false when the invoice is not known. */
  boolean markSettled(InvoiceSettled settlement);

  /** The sum of the open amounts of all invoices on that day. */
  Money receivablesAsOf(LocalDate day, Currency currency);

  /** The credit sales of the invoices issued from {@code from} to {@code to}, both included. */
  Money creditSales(LocalDate from, LocalDate to, Currency currency);

  /** The same, per calendar month; months without sales are absent. */
  Map<YearMonth, Money> creditSalesByMonth(LocalDate from, LocalDate to, Currency currency);
}
