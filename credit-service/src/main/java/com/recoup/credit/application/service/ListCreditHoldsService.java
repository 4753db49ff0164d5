package com.recoup.credit.application.service;

import com.recoup.credit.application.port.in.ListCreditHoldsQuery;
import com.recoup.credit.application.port.in.ListCreditHoldsUseCase;
import com.recoup.credit.application.port.in.Page;
import com.recoup.credit.application.port.out.CreditHoldRepository;
import com.recoup.credit.domain.CreditHold;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** Lists holds as of today's date on the service's clock. */
@Transactional(Transactional.TxType.SUPPORTS)
public class ListCreditHoldsService implements ListCreditHoldsUseCase {

  private final CreditHoldRepository holds;
  private final Clock clock;

  public ListCreditHoldsService(CreditHoldRepository holds, Clock clock) {
    this.holds = holds;
    this.clock = clock;
  }

  @Override
  public Page<CreditHold> list(ListCreditHoldsQuery query) {
    return holds.list(query, LocalDate.now(clock));
  }
}
