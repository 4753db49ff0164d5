package com.recoup.credit.adapter.in.rest;

import com.recoup.credit.domain.CreditProfile;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;

/** A customer's credit profile as the API shows it; exposure is in the functional currency. */
public record CreditProfileResponse(
    String customerNumber,
    String name,
    String segment,
    Money exposure,
    int openInvoiceCount,
    LocalDate oldestOpenDueDate) {

  static CreditProfileResponse of(CreditProfile profile) {
    return new CreditProfileResponse(
        profile.customerNumber().value(),
        profile.name().orElse(null),
        profile.segment().orElse(null),
        profile.exposure(),
        profile.openInvoiceCount(),
        profile.oldestOpenDueDate().orElse(null));
  }
}
