package com.recoup.collections.application.port.in;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice as the ERP states it. The exchange rate (functional-currency units per document unit)
 * is needed only when the invoice is not in the functional currency.
 */
public record IssueInvoiceCommand(
    String invoiceNumber,
    String customerNumber,
    LocalDate issueDate,
    LocalDate dueDate,
    Money amount,
    BigDecimal exchangeRate,
    String purchaseOrder) {}
