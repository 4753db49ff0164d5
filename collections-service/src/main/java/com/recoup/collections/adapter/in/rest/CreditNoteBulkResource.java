package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.IssueCreditNoteUseCase;
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

/** Many credit notes in one request. */
@Path("/api/v1/credit-notes/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Credit notes")
public class CreditNoteBulkResource {

  private final BulkDocuments bulk;
  private final IssueCreditNoteUseCase issueCreditNote;

  public CreditNoteBulkResource(BulkDocuments bulk, IssueCreditNoteUseCase issueCreditNote) {
    this.bulk = bulk;
    this.issueCreditNote = issueCreditNote;
  }

  @POST
  @RolesAllowed({Roles.ERP_INTEGRATION, Roles.ADMIN})
  @Operation(
      summary = "Post up to 10,000 credit notes",
      description =
          "200 with a result per document (ACCEPTED, UNCHANGED or REJECTED with code and detail);"
              + " each document is posted in its own transaction. 413 for more than 10,000.")
  public Response post(@Valid @NotNull BulkRequest request) {
    return bulk.post(
        "credit-note",
        request,
        CreditNoteRequest.class,
        "creditNoteNumber",
        d -> issueCreditNote.issue(CreditNoteResource.commandOf(d)).created());
  }
}
