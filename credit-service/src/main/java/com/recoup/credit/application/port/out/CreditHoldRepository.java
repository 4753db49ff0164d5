package com.recoup.credit.application.port.out;

import com.recoup.credit.application.port.in.ListCreditHoldsQuery;
import com.recoup.credit.application.port.in.Page;
import com.recoup.credit.domain.CreditHold;
import com.recoup.credit.domain.CreditHoldId;
import java.time.LocalDate;
import java.util.Optional;

/** Stores credit holds. */
public interface CreditHoldRepository {

  /** The hold, locked against concurrent changes until the transaction ends. */
  Optional<CreditHold> findForUpdate(CreditHoldId id);

  void save(CreditHold hold);

  /** The holds matching the query, newest first; "active" judged as of the given day. */
  Page<CreditHold> list(ListCreditHoldsQuery query, LocalDate asOf);
}
