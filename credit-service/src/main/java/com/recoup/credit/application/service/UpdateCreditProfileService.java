package com.recoup.credit.application.service;

import com.recoup.credit.application.port.in.UpdateCreditProfileCommand;
import com.recoup.credit.application.port.in.UpdateCreditProfileUseCase;
import com.recoup.credit.application.port.out.CreditProfileRepository;
import com.recoup.credit.domain.CreditProfile;
import jakarta.transaction.Transactional;
import java.util.Currency;

/** Applies a ledger fact to the customer's profile, starting the profile on its first fact. */
@Transactional
public class UpdateCreditProfileService implements UpdateCreditProfileUseCase {

  private final CreditProfileRepository profiles;
  private final Currency functionalCurrency;

  public UpdateCreditProfileService(CreditProfileRepository profiles, Currency functionalCurrency) {
    this.profiles = profiles;
    this.functionalCurrency = functionalCurrency;
  }

  @Override
  public void update(UpdateCreditProfileCommand command) {
    CreditProfile profile =
        profiles
            .find(command.customerNumber())
            .orElseGet(() -> CreditProfile.start(command.customerNumber(), functionalCurrency));

    command.applyTo(profile);

    profiles.save(profile);
  }
}
