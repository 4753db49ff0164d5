package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.ListUnappliedPaymentsUseCase;
import com.recoup.collections.application.port.out.UnappliedPayments;
import com.recoup.kernel.domain.DomainException;
import jakarta.transaction.Transactional;

/** Lists unapplied and unidentified cash for review, a page at a time. */
@Transactional(Transactional.TxType.SUPPORTS)
public class ListUnappliedPaymentsService implements ListUnappliedPaymentsUseCase {

  static final int MAX_PAGE_SIZE = 500;

  private final UnappliedPayments unapplied;

  public ListUnappliedPaymentsService(UnappliedPayments unapplied) {
    this.unapplied = unapplied;
  }

  @Override
  public UnappliedPage list(int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw DomainException.ruleViolated(
          "invalid-page",
          "page must be 0 or more and size 1 to %d: page=%d size=%d"
              .formatted(MAX_PAGE_SIZE, page, size));
    }
    return unapplied.page(page, size);
  }
}
