package com.recoup.credit.application.port.in;

import com.recoup.credit.domain.CreditHold;

/** Lists holds, newest first, with "active" judged as of today's date on the service's clock. */
public interface ListCreditHoldsUseCase {

  Page<CreditHold> list(ListCreditHoldsQuery query);
}
