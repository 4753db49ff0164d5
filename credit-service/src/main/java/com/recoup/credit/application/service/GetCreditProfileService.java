package com.recoup.credit.application.service;

import com.recoup.credit.application.port.in.GetCreditProfileUseCase;
import com.recoup.credit.application.port.out.CreditProfileRepository;
import com.recoup.credit.domain.CreditProfile;
import com.recoup.credit.domain.CustomerNumber;
import com.recoup.kernel.domain.DomainException;
import jakarta.transaction.Transactional;

/** Reads a customer's credit profile. */
@Transactional(Transactional.TxType.SUPPORTS)
public class GetCreditProfileService implements GetCreditProfileUseCase {

  private final CreditProfileRepository profiles;

  public GetCreditProfileService(CreditProfileRepository profiles) {
    this.profiles = profiles;
  }

  @Override
  public CreditProfile get(CustomerNumber customerNumber) {
    return profiles
        .find(customerNumber)
        .orElseThrow(
            () ->
                DomainException.notFound(
                    "credit-profile-not-found",
                    "no credit profile for customer " + customerNumber));
  }
}
