package com.recoup.collections.application.port.in;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice as the ERP states it. The exchange rate (functional-currency units per document unit)
 * is needed only when the invoice is not in the functional currency. The creditor reference is the
 * ISO 11649 reference printed on the invoice; without one the ledger derives it from the number.
 */
public record IssueInvoiceCommand(
    String invoiceNumber,
    String customerNumber,
    LocalDate issueDate,
    LocalDate dueDate,
    Money amount,
    BigDecimal exchangeRate,
    String purchaseOrder,
    String creditorReference) {

  /** An invoice without a creditor reference of its own. */
  public IssueInvoiceCommand(
      String invoiceNumber,
      String customerNumber,
      LocalDate issueDate,
      LocalDate dueDate,
      Money amount,
      BigDecimal exchangeRate,
      String purchaseOrder) {
    this(
        invoiceNumber,
        customerNumber,
        issueDate,
        dueDate,
        amount,
        exchangeRate,
        purchaseOrder,
        null);
  }
}
