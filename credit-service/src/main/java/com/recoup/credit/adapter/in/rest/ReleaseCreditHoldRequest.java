package com.recoup.credit.adapter.in.rest;

import jakarta.validation.constraints.Size;

/** Why a hold is lifted. */
public record ReleaseCreditHoldRequest(@Size(max = 1000) String reason) {}
