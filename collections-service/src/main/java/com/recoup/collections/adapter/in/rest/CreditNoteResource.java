package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.IssueCreditNoteCommand;
import com.recoup.collections.application.port.in.IssueCreditNoteUseCase;
import com.recoup.kernel.security.Roles;
import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Credit notes the ERP grants customers. */
@Path("/api/v1/credit-notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Credit notes")
public class CreditNoteResource {

  private final IssueCreditNoteUseCase issueCreditNote;

  public CreditNoteResource(IssueCreditNoteUseCase issueCreditNote) {
    this.issueCreditNote = issueCreditNote;
  }

  @POST
  @RolesAllowed({Roles.ERP_INTEGRATION, Roles.ADMIN})
  @Operation(
      summary = "Post a credit note",
      description =
          "Lowers the named invoice's open amount (422 credit-note-exceeds-open-amount when it is"
              + " more than is open), or without invoiceNumber stays as credit on the account."
              + " 201 when posted, 200 when the same credit note was posted before, 409 when the"
              + " number is taken by other content.")
  public Response issue(@Valid @NotNull CreditNoteRequest request) {
    IssueCreditNoteUseCase.Result result = issueCreditNote.issue(commandOf(request));
    CreditNoteResponse body = CreditNoteResponse.of(result.creditNote(), result.invoice());
    if (result.created()) {
      Log.infof(
          "credit note issued creditNote=%s customer=%s invoice=%s",
          body.creditNoteNumber(), body.customerNumber(), body.invoiceNumber());
    }
    return Response.status(result.created() ? 201 : 200).entity(body).build();
  }

  static IssueCreditNoteCommand commandOf(CreditNoteRequest request) {
    return new IssueCreditNoteCommand(
        request.creditNoteNumber(),
        request.customerNumber(),
        request.invoiceNumber(),
        request.issueDate(),
        request.amount(),
        request.exchangeRate() == null ? null : new BigDecimal(request.exchangeRate()),
        request.reason());
  }
}
