package com.recoup.collections.adapter.in.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A customer account as the ERP sends it. {@code applyOldestFirst} lets cash application settle the
 * oldest open invoices with a payment that matches nothing else; {@code excludedFromDunning} keeps
 * the customer out of dunning runs. Both default to false.
 */
public record CustomerRequest(
    @NotBlank @Size(max = 200) String name,
    @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
        String country,
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
    @NotNull @PositiveOrZero @Max(365) Integer paymentTermsDays,
    @Size(max = 100) String segment,
    @Size(max = 100) String collector,
    boolean paperless,
    @Valid @Size(max = 50) List<ContactRequest> contacts,
    Boolean applyOldestFirst,
    Boolean excludedFromDunning) {

  /** A person to contact at the customer, in their language and on their preferred channel. */
  public record ContactRequest(
      @NotBlank @Size(max = 200) String name,
      @NotNull
          @Pattern(
              regexp = "[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?",
              message = "must be a BCP 47 language tag such as en or zh-CN")
          String language,
      @NotNull @Pattern(regexp = "EMAIL|LETTER|PHONE", message = "must be EMAIL, LETTER or PHONE")
          String preferredChannel,
      @Size(max = 254) String email,
      @Size(max = 30) String phone) {}
}
