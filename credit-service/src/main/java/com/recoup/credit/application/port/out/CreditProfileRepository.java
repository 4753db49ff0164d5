package com.recoup.credit.application.port.out;

import com.recoup.credit.domain.CreditProfile;
import com.recoup.credit.domain.CustomerNumber;
import java.util.Optional;

/** Stores credit profiles together with their open receivables. */
public interface CreditProfileRepository {

  Optional<CreditProfile> find(CustomerNumber customerNumber);

  void save(CreditProfile profile);
}
