package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.ListUnappliedPaymentsUseCase;
import com.recoup.collections.application.port.in.ListUnappliedPaymentsUseCase.UnappliedPage;
import com.recoup.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cash waiting for a person: unapplied remainders and unidentified bank payments. */
@Path("/api/v1/payments/unapplied")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class UnappliedPaymentResource {

  private final ListUnappliedPaymentsUseCase unapplied;

  public UnappliedPaymentResource(ListUnappliedPaymentsUseCase unapplied) {
    this.unapplied = unapplied;
  }

  @GET
  @RolesAllowed({Roles.COLLECTOR, Roles.COLLECTIONS_MANAGER, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      summary = "List unapplied cash for review",
      description =
          "Payments with money that cash application could not apply (reason"
              + " NO_MATCHING_INVOICE) and bank payments whose customer could not be identified"
              + " (reason CUSTOMER_NOT_IDENTIFIED, customerNumber null); oldest value date first.")
  public UnappliedPageResponse list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return UnappliedPageResponse.of(unapplied.list(page, size));
  }

  /** One page of the review list, with how many payments wait in all. */
  public record UnappliedPageResponse(
      List<ListUnappliedPaymentsUseCase.UnappliedPayment> items, int page, int size, long total) {

    static UnappliedPageResponse of(UnappliedPage p) {
      return new UnappliedPageResponse(p.items(), p.page(), p.size(), p.total());
    }
  }
}
