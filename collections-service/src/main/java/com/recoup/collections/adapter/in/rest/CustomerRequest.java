package com.recoup.collections.adapter.in.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A customer account as the ERP sends it. */
public record CustomerRequest(
    @NotBlank @Size(max = 200) String name,
    @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
        String country,
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
    @NotNull @PositiveOrZero @Max(365) Integer paymentTermsDays,
    @Size(max = 100) String segment,
    @Size(max = 100) String collector,
    boolean paperless) {}
