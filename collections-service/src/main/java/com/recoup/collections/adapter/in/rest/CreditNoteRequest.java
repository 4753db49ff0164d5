package com.recoup.collections.adapter.in.rest;

import com.recoup.kernel.domain.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A credit note as the ERP posts it. With {@code invoiceNumber} it lowers that invoice and takes
 * its exchange rate; without, it stays as credit on the account and needs {@code exchangeRate} when
 * it is not in the functional currency.
 */
public record CreditNoteRequest(
    @NotBlank @Size(max = 64) String creditNoteNumber,
    @NotBlank @Size(max = 64) String customerNumber,
    @Size(min = 1, max = 64) String invoiceNumber,
    @NotNull LocalDate issueDate,
    @NotNull Money amount,
    @Pattern(regexp = "\\d{1,12}(\\.\\d{1,12})?", message = "must be a positive decimal string")
        String exchangeRate,
    @NotBlank @Size(max = 500) String reason) {}
