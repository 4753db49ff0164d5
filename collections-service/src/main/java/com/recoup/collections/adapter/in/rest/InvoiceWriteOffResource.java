package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.WriteOffInvoiceCommand;
import com.recoup.collections.application.port.in.WriteOffInvoiceUseCase;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Write-offs of an invoice, a sub-resource of the invoice. */
@Path("/api/v1/invoices/{invoiceNumber}/write-offs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class InvoiceWriteOffResource {

  private final WriteOffInvoiceUseCase writeOffInvoice;

  public InvoiceWriteOffResource(WriteOffInvoiceUseCase writeOffInvoice) {
    this.writeOffInvoice = writeOffInvoice;
  }

  @POST
  @RolesAllowed({Roles.COLLECTIONS_MANAGER, Roles.ADMIN})
  @Operation(
      summary = "Write off part or all of an invoice",
      description =
          "Without amount, writes off all that is open; the invoice is WRITTEN_OFF when nothing is"
              + " left. 422 write-off-exceeds-open-amount for more than is open. A write-off has"
              + " no number of its own: send an Idempotency-Key header to make retries safe.")
  public Response writeOff(
      @PathParam("invoiceNumber") String invoiceNumber, @Valid @NotNull WriteOffRequest request) {
    WriteOffInvoiceUseCase.Result result =
        writeOffInvoice.writeOff(
            new WriteOffInvoiceCommand(
                invoiceNumber,
                request.amount(),
                request.writtenOffOn(),
                request.reason(),
                request.approvedBy()));
    Log.infof(
        "invoice written off invoice=%s amount=%s approvedBy=%s",
        invoiceNumber, result.writeOff().amount(), result.writeOff().approvedBy());
    return Response.status(201).entity(WriteOffResponse.of(result)).build();
  }
}
