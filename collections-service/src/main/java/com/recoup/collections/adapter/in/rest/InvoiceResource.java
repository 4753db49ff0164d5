package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.IssueInvoiceCommand;
import com.recoup.collections.application.port.in.IssueInvoiceUseCase;
import com.recoup.collections.application.port.in.ReadLedgerUseCase;
import com.recoup.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Invoices of the ledger, posted by the ERP. */
@Path("/api/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class InvoiceResource {

  private final IssueInvoiceUseCase issueInvoice;
  private final ReadLedgerUseCase ledger;

  public InvoiceResource(IssueInvoiceUseCase issueInvoice, ReadLedgerUseCase ledger) {
    this.issueInvoice = issueInvoice;
    this.ledger = ledger;
  }

  @POST
  @RolesAllowed({Roles.ERP_INTEGRATION, Roles.ADMIN})
  @Operation(
      summary = "Post an invoice",
      description =
          "201 when posted, 200 when the same invoice was posted before; 409 when the number is"
              + " taken by other content. Send an Idempotency-Key header to make retries safe.")
  public Response issue(@Valid @NotNull InvoiceRequest request) {
    IssueInvoiceUseCase.Result result = issueInvoice.issue(commandOf(request));
    InvoiceResponse body = InvoiceResponse.of(result.invoice());
    if (!result.created()) {
      return Response.ok(body).build();
    }
    return Response.created(UriBuilder.fromPath("/api/v1/invoices/{n}").build(body.invoiceNumber()))
        .entity(body)
        .build();
  }

  @GET
  @Path("/{invoiceNumber}")
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
  @Operation(summary = "Read an invoice with its open amount")
  public InvoiceResponse get(@PathParam("invoiceNumber") String invoiceNumber) {
    return InvoiceResponse.of(ledger.invoice(invoiceNumber));
  }

  static IssueInvoiceCommand commandOf(InvoiceRequest request) {
    return new IssueInvoiceCommand(
        request.invoiceNumber(),
        request.customerNumber(),
        request.issueDate(),
        request.dueDate(),
        request.amount(),
        request.exchangeRate() == null ? null : new BigDecimal(request.exchangeRate()),
        request.purchaseOrder(),
        request.creditorReference());
  }
}
