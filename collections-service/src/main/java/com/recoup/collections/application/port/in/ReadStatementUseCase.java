package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ledger.CustomerStatement;

/** Prepares a customer's statement: open items, unapplied money and dated history as of a day. */
public interface ReadStatementUseCase {

  CustomerStatement statement(ReadStatementQuery query);
}
