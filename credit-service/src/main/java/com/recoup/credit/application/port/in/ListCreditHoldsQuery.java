package com.recoup.credit.application.port.in;

import com.recoup.credit.domain.CustomerNumber;
import java.util.Objects;
import java.util.Optional;

/** Which holds to list: optionally one customer's, optionally only active or inactive ones. */
public record ListCreditHoldsQuery(
    Optional<CustomerNumber> customerNumber, Optional<Boolean> active, PageRequest pageRequest) {

  public ListCreditHoldsQuery {
    Objects.requireNonNull(customerNumber, "customerNumber");
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(pageRequest, "pageRequest");
  }
}
