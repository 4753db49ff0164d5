package com.recoup.credit.application.port.in;

import com.recoup.credit.domain.CreditProfile;
import com.recoup.credit.domain.CustomerNumber;

/** Shows what credit knows about a customer; refuses a customer it has never heard of. */
public interface GetCreditProfileUseCase {

  CreditProfile get(CustomerNumber customerNumber);
}
