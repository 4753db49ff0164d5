package com.recoup.credit.adapter.in.rest;

import com.recoup.credit.application.port.in.ListCreditHoldsQuery;
import com.recoup.credit.application.port.in.ListCreditHoldsUseCase;
import com.recoup.credit.application.port.in.Page;
import com.recoup.credit.application.port.in.PageRequest;
import com.recoup.credit.application.port.in.PlaceCreditHoldCommand;
import com.recoup.credit.application.port.in.PlaceCreditHoldUseCase;
import com.recoup.credit.application.port.in.ReleaseCreditHoldCommand;
import com.recoup.credit.application.port.in.ReleaseCreditHoldUseCase;
import com.recoup.credit.domain.CreditHold;
import com.recoup.credit.domain.CreditHoldId;
import com.recoup.credit.domain.CustomerNumber;
import com.recoup.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Manual credit holds (the blacklist): place, release, list. */
@Path("/api/v1/credit-holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreditHoldResource {

  @Inject PlaceCreditHoldUseCase placeHold;
  @Inject ReleaseCreditHoldUseCase releaseHold;
  @Inject ListCreditHoldsUseCase listHolds;
  @Inject Clock clock;

  @POST
  @RolesAllowed({Roles.CREDIT_MANAGER, Roles.ADMIN})
  public Response place(
      @Valid @NotNull PlaceCreditHoldRequest request,
      @Context SecurityContext caller,
      @Context UriInfo uri) {
    PlaceCreditHoldCommand command =
        new PlaceCreditHoldCommand(
            CustomerNumber.of(request.customerNumber()),
            request.reason(),
            request.evidence(),
            request.expiresOn(),
            caller.getUserPrincipal().getName());
    CreditHold hold = placeHold.place(command);
    return Response.created(uri.getAbsolutePathBuilder().path(hold.id().toString()).build())
        .entity(CreditHoldResponse.of(hold, today()))
        .build();
  }

  @POST
  @Path("/{id}/release")
  @RolesAllowed({Roles.CREDIT_MANAGER, Roles.ADMIN})
  public CreditHoldResponse release(
      @PathParam("id") String id,
      @Valid @NotNull ReleaseCreditHoldRequest request,
      @Context SecurityContext caller) {
    ReleaseCreditHoldCommand command =
        new ReleaseCreditHoldCommand(
            CreditHoldId.of(id), request.reason(), caller.getUserPrincipal().getName());
    return CreditHoldResponse.of(releaseHold.release(command), today());
  }

  @GET
  @RolesAllowed({
    Roles.CREDIT_ANALYST,
    Roles.CREDIT_MANAGER,
    Roles.AUDITOR,
    Roles.COLLECTOR,
    Roles.ADMIN
  })
  public CreditHoldPageResponse list(
      @QueryParam("customerNumber") String customerNumber,
      @QueryParam("active") String active,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    ListCreditHoldsQuery query =
        new ListCreditHoldsQuery(
            Optional.ofNullable(customerNumber).map(CustomerNumber::of),
            Optional.ofNullable(active).map(CreditHoldResource::flag),
            new PageRequest(page, size));
    Page<CreditHoldResponse> found =
        listHolds.list(query).map(hold -> CreditHoldResponse.of(hold, today()));
    return new CreditHoldPageResponse(found.items(), found.page(), found.size(), found.total());
  }

  /** JAX-RS would read any word but "true" as false; a filter must be exactly true or false. */
  private static boolean flag(String value) {
    if (!"true".equals(value) && !"false".equals(value)) {
      throw new IllegalArgumentException("active must be true or false: " + value);
    }
    return Boolean.parseBoolean(value);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
