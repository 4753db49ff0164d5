package com.recoup.alerting.adapter.in.rest;

import com.recoup.alerting.application.port.in.AcknowledgeAlertCommand;
import com.recoup.alerting.application.port.in.AcknowledgeAlertUseCase;
import com.recoup.alerting.application.port.in.ListAlertsQuery;
import com.recoup.alerting.application.port.in.ListAlertsUseCase;
import com.recoup.alerting.domain.AlertId;
import com.recoup.alerting.domain.AlertState;
import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.alerting.domain.RuleId;
import com.recoup.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Alerts for people: list them, and acknowledge one that has been seen. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
public class AlertResource {

  @Inject ListAlertsUseCase listAlerts;
  @Inject AcknowledgeAlertUseCase acknowledgeAlert;

  @GET
  @RolesAllowed({
    Roles.COLLECTOR,
    Roles.COLLECTIONS_MANAGER,
    Roles.CREDIT_MANAGER,
    Roles.ADMIN,
    Roles.CREDIT_ANALYST,
    Roles.FINANCE_ANALYST,
    Roles.AUDITOR
  })
  @Operation(summary = "Alerts, newest first, filtered by state, customer and rule")
  public AlertPageResponse list(
      @QueryParam("state") String state,
      @QueryParam("customerNumber") String customerNumber,
      @QueryParam("rule") String rule,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    ListAlertsQuery query =
        new ListAlertsQuery(
            state == null ? null : AlertState.parse(state),
            customerNumber == null ? null : new CustomerNumber(customerNumber),
            rule == null ? null : new RuleId(rule),
            page,
            size);
    return AlertPageResponse.of(listAlerts.list(query));
  }

  @POST
  @Path("/{id}/acknowledgement")
  @RolesAllowed({Roles.COLLECTOR, Roles.COLLECTIONS_MANAGER, Roles.CREDIT_MANAGER, Roles.ADMIN})
  @Transactional
  @Operation(summary = "Acknowledge an open alert as the calling person")
  public AlertResponse acknowledge(@PathParam("id") String id, @Context SecurityContext caller) {
    AcknowledgeAlertCommand command =
        new AcknowledgeAlertCommand(AlertId.parse(id), caller.getUserPrincipal().getName());
    return AlertResponse.of(acknowledgeAlert.acknowledge(command));
  }
}
