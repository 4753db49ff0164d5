package com.recoup.collections.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Why an invoice is cancelled, and on which day (today when absent). */
public record CancellationRequest(
    @NotBlank @Size(max = 500) String reason, LocalDate cancelledOn) {}
