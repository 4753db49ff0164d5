package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.AgeReceivablesQuery;
import com.recoup.collections.application.port.in.AgeReceivablesUseCase;
import com.recoup.collections.domain.ageing.AgeingBuckets;
import com.recoup.collections.domain.ageing.AgeingGroup;
import com.recoup.collections.domain.ageing.AgeingReport;
import com.recoup.kernel.security.Roles;
import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ageing of the ledger's open receivables. */
@Path("/api/v1/ageing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ageing")
public class AgeingResource {

  private final AgeReceivablesUseCase ageing;

  public AgeingResource(AgeReceivablesUseCase ageing) {
    this.ageing = ageing;
  }

  @GET
  @RolesAllowed({
    Roles.COLLECTOR,
    Roles.COLLECTIONS_MANAGER,
    Roles.CREDIT_ANALYST,
    Roles.CREDIT_MANAGER,
    Roles.FINANCE_ANALYST,
    Roles.AUDITOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "Age the open receivables as of a day",
      description =
          "An invoice counts when issued on or before asOf, with its amount less the payments"
              + " (by value date), credit notes, write-offs and cancellation dated on or before"
              + " asOf. Days past due = asOf - due date; an invoice due on asOf is not due."
              + " buckets are day bounds starting at 0 (default 0,30,60,90,180,365: not due,"
              + " 1-30, 31-60, 61-90, 91-180, 181-365, over 365). asOf defaults to today.")
  public AgeingResponse age(
      @QueryParam("asOf") String asOf,
      @QueryParam("groupBy") @DefaultValue("customer") String groupBy,
      @QueryParam("buckets") @DefaultValue("0,30,60,90,180,365") String buckets,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
    long start = System.nanoTime();
    AgeingReport report =
        ageing.age(
            new AgeReceivablesQuery(
                QueryDates.optional("asOf", asOf),
                AgeingGroup.parse(groupBy),
                AgeingBuckets.parse(buckets)));
    Log.debugf(
        "ageing asOf=%s groupBy=%s groups=%d millis=%d",
        report.asOf(), groupBy, report.groups().size(), (System.nanoTime() - start) / 1_000_000);
    return AgeingResponse.of(report, page, size);
  }
}
