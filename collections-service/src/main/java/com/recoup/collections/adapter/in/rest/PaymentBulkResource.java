package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.ReceivePaymentUseCase;
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

/** Many payments in one request. */
@Path("/api/v1/payments/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PaymentBulkResource {

  private final BulkDocuments bulk;
  private final ReceivePaymentUseCase receivePayment;

  public PaymentBulkResource(BulkDocuments bulk, ReceivePaymentUseCase receivePayment) {
    this.bulk = bulk;
    this.receivePayment = receivePayment;
  }

  @POST
  @RolesAllowed({Roles.ERP_INTEGRATION, Roles.ADMIN})
  @Operation(
      summary = "Post up to 10,000 payments",
      description =
          "200 with a result per document (ACCEPTED, UNCHANGED or REJECTED with code and detail);"
              + " each payment is posted and applied in its own transaction, in the order sent."
              + " 413 for more than 10,000.")
  public Response post(@Valid @NotNull BulkRequest request) {
    return bulk.post(
        "payment",
        request,
        PaymentRequest.class,
        "paymentReference",
        d -> receivePayment.receive(PaymentResource.commandOf(d)).created());
  }
}
