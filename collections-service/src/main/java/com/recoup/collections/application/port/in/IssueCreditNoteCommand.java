package com.recoup.collections.application.port.in;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit note as the ERP or an import file states it. Without an invoice number it stays as
 * credit on the account; the exchange rate is needed only then, and only outside the functional
 * currency (a credit note on an invoice takes the invoice's rate).
 */
public record IssueCreditNoteCommand(
    String creditNoteNumber,
    String customerNumber,
    String invoiceNumber,
    LocalDate issueDate,
    Money amount,
    BigDecimal exchangeRate,
    String reason) {

  /** A credit note without its own exchange rate, as an import record gives it. */
  public IssueCreditNoteCommand(
      String creditNoteNumber,
      String customerNumber,
      String invoiceNumber,
      LocalDate issueDate,
      Money amount,
      String reason) {
    this(creditNoteNumber, customerNumber, invoiceNumber, issueDate, amount, null, reason);
  }
}
