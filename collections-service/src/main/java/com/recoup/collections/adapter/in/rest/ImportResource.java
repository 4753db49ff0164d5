package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.ImportDocumentsCommand;
import com.recoup.collections.application.port.in.ImportDocumentsUseCase;
import com.recoup.collections.application.port.in.ReadImportsUseCase;
import com.recoup.collections.domain.imports.ImportJob;
import com.recoup.collections.domain.imports.RecordOutcome;
import com.recoup.kernel.http.Problems;
import com.recoup.kernel.security.Roles;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Uploads of ERP and bank files into the ledger, and their reports. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ImportResource {

  private final ImportDocumentsUseCase importDocuments;
  private final ReadImportsUseCase imports;
  private final long maxBytes;

  public ImportResource(
      ImportDocumentsUseCase importDocuments,
      ReadImportsUseCase imports,
      @ConfigProperty(name = "recoup.imports.max-bytes", defaultValue = "50M")
          MemorySize maxBytes) {
    this.importDocuments = importDocuments;
    this.imports = imports;
    this.maxBytes = maxBytes.asLongValue();
  }

  @POST
  @Consumes({
    "text/csv",
    MediaType.TEXT_PLAIN,
    MediaType.APPLICATION_XML,
    MediaType.TEXT_XML,
    MediaType.APPLICATION_OCTET_STREAM
  })
  @RolesAllowed({Roles.ERP_INTEGRATION, Roles.COLLECTIONS_MANAGER, Roles.ADMIN})
  @Operation(
      summary = "Import a file into the ledger",
      description =
          "The raw file is the body. 202 with the import's Location; the import runs in the"
              + " background and its status shows records done and total. format: csv (needs a"
              + " profile, e.g. ibm-ar), ubl, camt, mt940. Larger than recoup.imports.max-bytes:"
              + " 413; empty: 422; the same file while its import runs: 409.")
  public Response upload(
      @QueryParam("format") @NotBlank String format,
      @QueryParam("profile") String profile,
      @QueryParam("fileName") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
      @Context SecurityContext caller,
      InputStream body)
      throws IOException {
    if (contentLength != null && contentLength > maxBytes) {
      return tooLarge();
    }
    Optional<SpooledUpload> upload = SpooledUpload.of(body, maxBytes);
    if (upload.isEmpty()) {
      return tooLarge();
    }

    ImportJob job = importDocuments.start(command(format, profile, fileName, upload.get(), caller));

    return Response.accepted(ImportJobResponse.of(job))
        .location(UriBuilder.fromPath("/api/v1/imports/{id}").build(job.id()))
        .build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.ERP_INTEGRATION,
    Roles.COLLECTIONS_MANAGER,
    Roles.ADMIN,
    Roles.COLLECTOR,
    Roles.AUDITOR,
    Roles.FINANCE_ANALYST
  })
  @Operation(summary = "Read an import: state, records done and total, outcome counts")
  public ImportJobResponse get(@PathParam("id") String id) {
    return ImportJobResponse.of(imports.job(id));
  }

  @GET
  @Path("/{id}/records")
  @RolesAllowed({
    Roles.ERP_INTEGRATION,
    Roles.COLLECTIONS_MANAGER,
    Roles.ADMIN,
    Roles.COLLECTOR,
    Roles.AUDITOR,
    Roles.FINANCE_ANALYST
  })
  @Operation(summary = "The import's report, one line per record, in file order; paged from 0")
  public ImportRecordPageResponse records(
      @PathParam("id") String id,
      @QueryParam("outcome") String outcome,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return ImportRecordPageResponse.of(imports.records(id, outcomeOf(outcome), page, size));
  }

  /** The command for the upload; an upload the command refuses is discarded at once. */
  private static ImportDocumentsCommand command(
      String format,
      String profile,
      String fileName,
      SpooledUpload upload,
      SecurityContext caller) {
    try {
      return new ImportDocumentsCommand(
          format, profile, fileName, upload, caller.getUserPrincipal().getName());
    } catch (RuntimeException refused) {
      upload.discard();
      throw refused;
    }
  }

  private static RecordOutcome outcomeOf(String outcome) {
    if (outcome == null || outcome.isBlank()) {
      return null;
    }
    try {
      return RecordOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(
          "outcome is ACCEPTED, UNCHANGED or REJECTED, not " + outcome);
    }
  }

  private Response tooLarge() {
    return Problems.response(
        413,
        "Content too large",
        "upload-too-large",
        "an import file may have at most %d bytes".formatted(maxBytes));
  }
}
