package com.recoup.kpi.config;

import com.recoup.kernel.domain.Money;
import com.recoup.kpi.application.port.in.ComputeDsoUseCase;
import com.recoup.kpi.application.port.in.ListTargetsUseCase;
import com.recoup.kpi.application.port.in.ProjectLedgerEventsUseCase;
import com.recoup.kpi.application.port.in.SetTargetUseCase;
import com.recoup.kpi.application.port.out.KpiEventPublisher;
import com.recoup.kpi.application.port.out.ReceivablesRepository;
import com.recoup.kpi.application.port.out.TargetRepository;
import com.recoup.kpi.application.service.ComputeDsoService;
import com.recoup.kpi.application.service.LedgerProjectionService;
import com.recoup.kpi.application.service.ListTargetsService;
import com.recoup.kpi.application.service.SetTargetService;
import io.quarkus.arc.BindingsSource;
import io.quarkus.arc.InterceptionProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.Currency;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the use cases to their ports. The services are plain classes; the interception proxy gives
 * the writing ones the transactions their {@code @Transactional} asks for. Reading ones need none:
 * each of their queries is a consistent snapshot on its own.
 */
@ApplicationScoped
public class UseCaseConfiguration {

  /** The company's reporting currency; every figure is in it. */
  @ConfigProperty(name = "recoup.functional-currency", defaultValue = "EUR")
  String functionalCurrency;

  @Produces
  @ApplicationScoped
  ProjectLedgerEventsUseCase projectLedgerEvents(
      @BindingsSource(LedgerProjectionService.class)
          InterceptionProxy<ProjectLedgerEventsUseCase> proxy,
      ReceivablesRepository receivables) {
    return proxy.create(new LedgerProjectionService(receivables, functional()));
  }

  @Produces
  @ApplicationScoped
  ComputeDsoUseCase computeDso(ReceivablesRepository receivables) {
    return new ComputeDsoService(receivables, functional());
  }

  @Produces
  @ApplicationScoped
  SetTargetUseCase setTarget(
      @BindingsSource(SetTargetService.class) InterceptionProxy<SetTargetUseCase> proxy,
      TargetRepository targets,
      KpiEventPublisher events,
      Clock clock) {
    return proxy.create(new SetTargetService(targets, events, clock));
  }

  @Produces
  @ApplicationScoped
  ListTargetsUseCase listTargets(TargetRepository targets) {
    return new ListTargetsService(targets);
  }

  private Currency functional() {
    return Money.currencyOf(functionalCurrency);
  }
}
