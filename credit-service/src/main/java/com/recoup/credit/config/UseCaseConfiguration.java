package com.recoup.credit.config;

import com.recoup.credit.application.port.in.GetCreditProfileUseCase;
import com.recoup.credit.application.port.in.ListCreditHoldsUseCase;
import com.recoup.credit.application.port.in.PlaceCreditHoldUseCase;
import com.recoup.credit.application.port.in.ReleaseCreditHoldUseCase;
import com.recoup.credit.application.port.in.UpdateCreditProfileUseCase;
import com.recoup.credit.application.port.out.CreditEventPublisher;
import com.recoup.credit.application.port.out.CreditHoldRepository;
import com.recoup.credit.application.port.out.CreditProfileRepository;
import com.recoup.credit.application.service.GetCreditProfileService;
import com.recoup.credit.application.service.ListCreditHoldsService;
import com.recoup.credit.application.service.PlaceCreditHoldService;
import com.recoup.credit.application.service.ReleaseCreditHoldService;
import com.recoup.credit.application.service.UpdateCreditProfileService;
import com.recoup.kernel.domain.Money;
import io.quarkus.arc.BindingsSource;
import io.quarkus.arc.InterceptionProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the use cases to their out-ports. The services are plain classes; the interception proxy
 * gives them the transactions their {@code @Transactional} asks for (inside the inbox's transaction
 * when a ledger event drives them).
 */
@ApplicationScoped
public class UseCaseConfiguration {

  @ConfigProperty(name = "recoup.ledger.functional-currency", defaultValue = "EUR")
  String functionalCurrency;

  @Produces
  @ApplicationScoped
  UpdateCreditProfileUseCase updateCreditProfile(
      @BindingsSource(UpdateCreditProfileService.class)
          InterceptionProxy<UpdateCreditProfileUseCase> proxy,
      CreditProfileRepository profiles) {
    return proxy.create(
        new UpdateCreditProfileService(profiles, Money.currencyOf(functionalCurrency)));
  }

  @Produces
  @ApplicationScoped
  GetCreditProfileUseCase getCreditProfile(
      @BindingsSource(GetCreditProfileService.class)
          InterceptionProxy<GetCreditProfileUseCase> proxy,
      CreditProfileRepository profiles) {
    return proxy.create(new GetCreditProfileService(profiles));
  }

  @Produces
  @ApplicationScoped
  PlaceCreditHoldUseCase placeCreditHold(
      @BindingsSource(PlaceCreditHoldService.class) InterceptionProxy<PlaceCreditHoldUseCase> proxy,
      CreditHoldRepository holds,
      CreditEventPublisher events,
      Clock clock) {
    return proxy.create(new PlaceCreditHoldService(holds, events, clock));
  }

  @Produces
  @ApplicationScoped
  ReleaseCreditHoldUseCase releaseCreditHold(
      @BindingsSource(ReleaseCreditHoldService.class)
          InterceptionProxy<ReleaseCreditHoldUseCase> proxy,
      CreditHoldRepository holds,
      CreditEventPublisher events,
      Clock clock) {
    return proxy.create(new ReleaseCreditHoldService(holds, events, clock));
  }

  @Produces
  @ApplicationScoped
  ListCreditHoldsUseCase listCreditHolds(
      @BindingsSource(ListCreditHoldsService.class) InterceptionProxy<ListCreditHoldsUseCase> proxy,
      CreditHoldRepository holds,
      Clock clock) {
    return proxy.create(new ListCreditHoldsService(holds, clock));
  }
}
