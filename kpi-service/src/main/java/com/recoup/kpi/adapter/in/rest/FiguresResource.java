package com.recoup.kpi.adapter.in.rest;

import com.recoup.kernel.security.Roles;
import com.recoup.kpi.application.port.in.ComputeDsoCommand;
import com.recoup.kpi.application.port.in.ComputeDsoUseCase;
import com.recoup.kpi.domain.DsoMethod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The portfolio figures of the plan, computed as of a date from the receivables read model. */
@Path("/api/v1/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class FiguresResource {

  private final ComputeDsoUseCase computeDso;
  private final Clock clock;

  public FiguresResource(ComputeDsoUseCase computeDso, Clock clock) {
    this.computeDso = computeDso;
    this.clock = clock;
  }

  @GET
  @Path("/dso")
  @RolesAllowed({
    Roles.FINANCE_ANALYST,
    Roles.COLLECTIONS_MANAGER,
    Roles.CREDIT_MANAGER,
    Roles.AUDITOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "Days sales outstanding as of a date",
      description =
          "method=period: receivables at asOf / credit sales of the `days` days ending asOf"
              + " (default 90) × days. method=countback: walk back calendar months from the month"
              + " of asOf (counted up to asOf), using up the receivables with each month's credit"
              + " sales. asOf defaults to today. 422 when there are no credit sales to divide by.")
  public DsoResponse dso(
      @QueryParam("asOf") String asOf,
      @QueryParam("method") @DefaultValue("period") String method,
      @QueryParam("days") String days) {
    ComputeDsoCommand command =
        new ComputeDsoCommand(asOfOrToday(asOf), methodOf(method), daysOrDefault(days));
    return DsoResponse.of(computeDso.compute(command));
  }

  private LocalDate asOfOrToday(String asOf) {
    return asOf == null ? LocalDate.now(clock) : QueryParameters.date("asOf", asOf);
  }

  private static DsoMethod methodOf(String method) {
    try {
      return DsoMethod.valueOf(method.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("method is period or countback, not " + method);
    }
  }

  private static int daysOrDefault(String days) {
    return days == null ? ComputeDsoCommand.DEFAULT_DAYS : QueryParameters.integer("days", days);
  }
}
