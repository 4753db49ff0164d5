package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.ReadLedgerUseCase;
import com.recoup.collections.application.port.in.ReceivePaymentCommand;
import com.recoup.collections.application.port.in.ReceivePaymentUseCase;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Payments received from customers, posted by the ERP. */
@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PaymentResource {

  private final ReceivePaymentUseCase receivePayment;
  private final ReadLedgerUseCase ledger;

  public PaymentResource(ReceivePaymentUseCase receivePayment, ReadLedgerUseCase ledger) {
    this.receivePayment = receivePayment;
    this.ledger = ledger;
  }

  @POST
  @RolesAllowed({Roles.ERP_INTEGRATION, Roles.ADMIN})
  @Operation(
      summary = "Post a payment",
      description =
          "Applies the payment to the invoices given in allocations, else by cash application"
              + " (invoice number in the remittance text, then exact open amount); the rest"
              + " stays unapplied. 201 when posted, 200 when posted before.")
  public Response receive(@Valid @NotNull PaymentRequest request) {
    ReceivePaymentUseCase.Result result = receivePayment.receive(commandOf(request));
    PaymentResponse body = PaymentResponse.of(result.payment());
    if (!result.created()) {
      return Response.ok(body).build();
    }
    return Response.created(
            UriBuilder.fromPath("/api/v1/payments/{r}").build(body.paymentReference()))
        .entity(body)
        .build();
  }

  @GET
  @Path("/{paymentReference}")
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
  @Operation(summary = "Read a payment with its allocations")
  public PaymentResponse get(@PathParam("paymentReference") String paymentReference) {
    return PaymentResponse.of(ledger.payment(paymentReference));
  }

  static ReceivePaymentCommand commandOf(PaymentRequest request) {
    List<ReceivePaymentCommand.RequestedAllocation> allocations =
        request.allocations() == null
            ? List.of()
            : request.allocations().stream()
                .map(
                    a ->
                        new ReceivePaymentCommand.RequestedAllocation(
                            a.invoiceNumber(), a.amount()))
                .toList();
    return new ReceivePaymentCommand(
        request.paymentReference(),
        request.customerNumber(),
        request.valueDate(),
        request.amount(),
        request.exchangeRate() == null ? null : new BigDecimal(request.exchangeRate()),
        request.remittanceInformation(),
        allocations);
  }
}
