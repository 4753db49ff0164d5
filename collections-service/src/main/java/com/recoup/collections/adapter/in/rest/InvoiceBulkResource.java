package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.IssueInvoiceUseCase;
import com.recoup.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Many invoices in one request. */
@Path("/api/v1/invoices/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class InvoiceBulkResource {

  private final BulkDocuments bulk;
  private final IssueInvoiceUseCase issueInvoice;

  public InvoiceBulkResource(BulkDocuments bulk, IssueInvoiceUseCase issueInvoice) {
    this.bulk = bulk;
    this.issueInvoice = issueInvoice;
  }

  @POST
  @RolesAllowed({Roles.ERP_INTEGRATION, Roles.ADMIN})
  @Operation(
      summary = "Post up to 10,000 invoices",
      description =
          "200 with a result per document (ACCEPTED, UNCHANGED or REJECTED with code and detail);"
              + " each document is posted in its own transaction. 413 for more than 10,000.")
  public Response post(@Valid @NotNull BulkRequest request) {
    return bulk.post(
        "invoice",
        request,
        InvoiceRequest.class,
        "invoiceNumber",
        d -> issueInvoice.issue(InvoiceResource.commandOf(d)).created());
  }
}
