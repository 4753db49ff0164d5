package com.recoup.collections.application.port.out;

import com.recoup.collections.domain.ledger.LedgerEvent;

/** Tells the suite what changed in the ledger, in the same transaction as the change. */
public interface LedgerEventPublisher {

  void publish(LedgerEvent event);
}
