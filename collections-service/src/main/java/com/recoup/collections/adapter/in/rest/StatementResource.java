package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.ReadStatementQuery;
import com.recoup.collections.application.port.in.ReadStatementUseCase;
import com.recoup.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's statement, a sub-resource of the customer. */
@Path("/api/v1/customers/{customerNumber}/statement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class StatementResource {

  private final ReadStatementUseCase statements;

  public StatementResource(ReadStatementUseCase statements) {
    this.statements = statements;
  }

  @GET
  @RolesAllowed({
    Roles.ERP_INTEGRATION,
    Roles.COLLECTOR,
    Roles.COLLECTIONS_MANAGER,
    Roles.CREDIT_ANALYST,
    Roles.CREDIT_MANAGER,
    Roles.FINANCE_ANALYST,
    Roles.AUDITOR,
    Roles.ADMIN
  })
  @Operation(
      summary = "Read a customer's statement as of a day",
      description =
          "Open items (invoices with an open amount at the end of asOf), unapplied payments and"
              + " credits, the dated history up to asOf, and totals per currency. asOf defaults"
              + " to today.")
  public StatementResponse statement(
      @PathParam("customerNumber") String customerNumber, @QueryParam("asOf") String asOf) {
    return StatementResponse.of(
        statements.statement(
            new ReadStatementQuery(customerNumber, QueryDates.optional("asOf", asOf))));
  }
}
