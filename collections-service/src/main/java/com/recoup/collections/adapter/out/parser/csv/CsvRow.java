package com.recoup.collections.adapter.out.parser.csv;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The values of one CSV row that read correctly under its profile. Fields the profile does not map,
 * or that the row leaves empty where that is allowed, are null.
 */
record CsvRow(
    String position,
    String customerNumber,
    String customerName,
    String country,
    String segment,
    String collector,
    boolean paperless,
    String invoiceNumber,
    LocalDate issueDate,
    LocalDate dueDate,
    Money amount,
    BigDecimal exchangeRate,
    String purchaseOrder,
    boolean disputed,
    LocalDate settledDate) {}
