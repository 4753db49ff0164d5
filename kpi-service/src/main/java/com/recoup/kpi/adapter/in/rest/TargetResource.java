package com.recoup.kpi.adapter.in.rest;

import com.recoup.kernel.security.Roles;
import com.recoup.kpi.application.port.in.ListTargetsCommand;
import com.recoup.kpi.application.port.in.ListTargetsUseCase;
import com.recoup.kpi.application.port.in.SetTargetCommand;
import com.recoup.kpi.application.port.in.SetTargetUseCase;
import com.recoup.kpi.domain.Quarter;
import com.recoup.kpi.domain.Target;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Quarterly targets of the plan's figures, against which each quarter is evaluated. */
@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets")
public class TargetResource {

  private final SetTargetUseCase setTarget;
  private final ListTargetsUseCase listTargets;

  public TargetResource(SetTargetUseCase setTarget, ListTargetsUseCase listTargets) {
    this.setTarget = setTarget;
    this.listTargets = listTargets;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.FINANCE_ANALYST, Roles.ADMIN})
  @Operation(
      summary = "Set a figure's target for a quarter",
      description =
          "Replaces the quarter's earlier target for the figure, if any, and publishes"
              + " recoup.kpi.target.set.v1. 422 when a rate lies outside 0 to 100.")
  public Response set(@Valid @NotNull TargetRequest request, @Context SecurityContext caller) {
    Target target =
        setTarget.set(
            new SetTargetCommand(
                request.figure(),
                Quarter.parse(request.quarter()),
                new BigDecimal(request.target()),
                request.direction(),
                caller.getUserPrincipal().getName()));
    return Response.status(Response.Status.CREATED).entity(TargetResponse.of(target)).build();
  }

  @GET
  @RolesAllowed({
    Roles.FINANCE_ANALYST,
    Roles.COLLECTIONS_MANAGER,
    Roles.CREDIT_MANAGER,
    Roles.AUDITOR,
    Roles.ADMIN
  })
  @Operation(summary = "List targets, of one quarter or of all, newest quarter first")
  public TargetPageResponse list(
      @QueryParam("quarter") String quarter,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    ListTargetsCommand command =
        new ListTargetsCommand(
            Optional.ofNullable(quarter).map(Quarter::parse),
            QueryParameters.integer("page", page),
            QueryParameters.integer("size", size));
    return TargetPageResponse.of(listTargets.list(command));
  }
}
