package com.recoup.credit.application.port.out;

import com.recoup.credit.domain.CreditHoldPlaced;
import com.recoup.credit.domain.CreditHoldReleased;

/**
 * Announces credit decisions to the other services; an event is sent if and only if the transaction
 * that made the decision commits.
 */
public interface CreditEventPublisher {

  void holdPlaced(CreditHoldPlaced event);

  void holdReleased(CreditHoldReleased event);
}
