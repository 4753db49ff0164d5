package com.recoup.kpi.adapter.in.rest;

import com.recoup.kpi.domain.KpiFigure;
import com.recoup.kpi.domain.TargetDirection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A figure's target for a quarter: days for DSO, percent for the rates, as a decimal string ({@code
 * "60.00"}), never a JSON number.
 */
public record TargetRequest(
    @NotNull KpiFigure figure,
    @NotNull @Pattern(regexp = "\\d{4}-Q[1-4]", message = "is written like 2026-Q4") String quarter,
    @NotNull
        @Pattern(
            regexp = "\\d{1,4}(\\.\\d{1,2})?",
            message = "is a decimal string with at most two decimals, such as \"60.00\"")
        String target,
    @NotNull TargetDirection direction) {}
