package com.recoup.collections.application.port.out;

import com.recoup.collections.domain.ledger.CustomerHistory;
import com.recoup.collections.domain.ledger.CustomerNumber;

/** Reads every document of one customer, for statements. */
public interface CustomerHistoryRepository {

  CustomerHistory historyOf(CustomerNumber customer);
}
