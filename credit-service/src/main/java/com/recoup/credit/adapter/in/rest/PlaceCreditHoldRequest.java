package com.recoup.credit.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A manual hold: the reason is required by the rules, evidence and expiry are optional. */
public record PlaceCreditHoldRequest(
    @NotBlank @Size(max = 64) String customerNumber,
    @Size(max = 1000) String reason,
    @Size(max = 4000) String evidence,
    LocalDate expiresOn) {}
