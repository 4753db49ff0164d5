package com.recoup.collections.application.port.in;

import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Lists the cash that waits for a person: payments with money left unapplied after cash
 * application, and bank payments whose customer could not be identified.
 */
public interface ListUnappliedPaymentsUseCase {

  /** Why a payment waits for review. */
  enum Reason {
    /** The payment's customer is known, but part of it matched no open invoice. */
    NO_MATCHING_INVOICE,
    /** A bank payment that names no customer and no invoice of exactly one customer. */
    CUSTOMER_NOT_IDENTIFIED
  }

  /** One payment waiting for review; {@code customerNumber} is null when not identified. */
  record UnappliedPayment(
      String paymentReference,
      String customerNumber,
      LocalDate valueDate,
      Money amount,
      Money unappliedAmount,
      String remittanceInformation,
      String endToEndId,
      String payerName,
      String payerAccount,
      Reason reason) {}

  /** One page of the list, oldest value date first, and how many there are in all. */
  record UnappliedPage(List<UnappliedPayment> items, int page, int size, long total) {}

  UnappliedPage list(int page, int size);
}
