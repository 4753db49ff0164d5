package com.recoup.collections.adapter.in.rest;

import com.recoup.kernel.domain.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A write-off of part of an invoice, or without {@code amount} of all that is open; dated {@code
 * writtenOffOn} (today when absent), with its reason and approver.
 */
public record WriteOffRequest(
    Money amount,
    LocalDate writtenOffOn,
    @NotBlank @Size(max = 500) String reason,
    @NotBlank @Size(max = 100) String approvedBy) {}
