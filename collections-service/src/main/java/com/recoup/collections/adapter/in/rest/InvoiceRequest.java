package com.recoup.collections.adapter.in.rest;

import com.recoup.kernel.domain.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An invoice as the ERP posts it. {@code exchangeRate} (functional-currency units per document
 * unit, a decimal string) is required only when the invoice is not in the functional currency.
 * {@code creditorReference} is the ISO 11649 reference printed on the invoice (for example "RF18
 * 5390 0754 7034"); without it the ledger derives one from the invoice number's letters and digits
 * when they are 21 or fewer.
 */
public record InvoiceRequest(
    @NotBlank @Size(max = 64) String invoiceNumber,
    @NotBlank @Size(max = 64) String customerNumber,
    @NotNull LocalDate issueDate,
    @NotNull LocalDate dueDate,
    @NotNull Money amount,
    @Pattern(regexp = "\\d{1,12}(\\.\\d{1,12})?", message = "must be a positive decimal string")
        String exchangeRate,
    @Size(max = 100) String purchaseOrder,
    @Size(max = 40) String creditorReference) {}
