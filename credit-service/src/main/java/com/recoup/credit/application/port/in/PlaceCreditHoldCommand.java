package com.recoup.credit.application.port.in;

import com.recoup.credit.domain.CustomerNumber;
import java.time.LocalDate;
import java.util.Objects;

/** A credit manager's request to block a customer's credit, with the evidence behind it. */
public record PlaceCreditHoldCommand(
    CustomerNumber customerNumber,
    String reason,
    String evidence,
    LocalDate expiresOn,
    String placedBy) {

  public PlaceCreditHoldCommand {
    Objects.requireNonNull(customerNumber, "customerNumber");
    Objects.requireNonNull(placedBy, "placedBy");
  }
}
