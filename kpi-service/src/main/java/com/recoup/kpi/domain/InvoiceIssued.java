package com.recoup.kpi.domain;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.Objects;

/** The ledger posted an invoice: a credit sale on its issue date, receivable from then on. */
public record InvoiceIssued(
    String invoiceNumber,
    String customerNumber,
    LocalDate issueDate,
    LocalDate dueDate,
    Money functionalAmount) {

  public InvoiceIssued {
    Objects.requireNonNull(invoiceNumber, "invoiceNumber");
    Objects.requireNonNull(customerNumber, "customerNumber");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(functionalAmount, "functionalAmount");
  }
}
