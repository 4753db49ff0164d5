package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.CancelInvoiceCommand;
import com.recoup.collections.application.port.in.CancelInvoiceUseCase;
import com.recoup.kernel.security.Roles;
import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The cancellation of an invoice, a sub-resource of the invoice. */
@Path("/api/v1/invoices/{invoiceNumber}/cancellation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class InvoiceCancellationResource {

  private final CancelInvoiceUseCase cancelInvoice;

  public InvoiceCancellationResource(CancelInvoiceUseCase cancelInvoice) {
    this.cancelInvoice = cancelInvoice;
  }

  @POST
  @RolesAllowed({Roles.ERP_INTEGRATION, Roles.ADMIN})
  @Operation(
      summary = "Cancel an invoice",
      description =
          "Only an invoice on which nothing was paid, credited or written off (else 409"
              + " invoice-not-cancellable: post a credit note instead). Cancelling again changes"
              + " nothing. Answers with the invoice.")
  public InvoiceResponse cancel(
      @PathParam("invoiceNumber") String invoiceNumber,
      @Valid @NotNull CancellationRequest request) {
    CancelInvoiceUseCase.Result result =
        cancelInvoice.cancel(
            new CancelInvoiceCommand(invoiceNumber, request.cancelledOn(), request.reason()));
    if (result.changed()) {
      Log.infof("invoice cancelled invoice=%s", invoiceNumber);
    }
    return InvoiceResponse.of(result.invoice());
  }
}
