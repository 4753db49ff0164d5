package com.recoup.collections.adapter.in.rest;

import com.recoup.kernel.domain.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment as the ERP posts it. With {@code allocations} the ERP says which invoices it pays;
 * without, the ledger applies it by cash application.
 */
public record PaymentRequest(
    @NotBlank @Size(max = 64) String paymentReference,
    @NotBlank @Size(max = 64) String customerNumber,
    @NotNull LocalDate valueDate,
    @NotNull Money amount,
    @Pattern(regexp = "\\d{1,12}(\\.\\d{1,12})?", message = "must be a positive decimal string")
        String exchangeRate,
    @Size(max = 1000) String remittanceInformation,
    @Size(max = 10000) List<@Valid @NotNull AllocationRequest> allocations) {

  /** Part of the payment applied to one invoice. */
  public record AllocationRequest(
      @NotBlank @Size(max = 64) String invoiceNumber, @NotNull Money amount) {}
}
