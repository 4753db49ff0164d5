package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ledger.Customer;

/** Creates or updates a customer account as the ERP describes it. */
public interface UpsertCustomerUseCase {

  Customer upsert(UpsertCustomerCommand command);
}
