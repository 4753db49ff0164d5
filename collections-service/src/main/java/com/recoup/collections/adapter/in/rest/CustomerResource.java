package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.ReadLedgerUseCase;
import com.recoup.collections.application.port.in.UpsertCustomerCommand;
import com.recoup.collections.application.port.in.UpsertCustomerUseCase;
import com.recoup.collections.domain.ledger.Contact;
import com.recoup.collections.domain.ledger.ContactChannel;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.kernel.domain.Money;
import com.recoup.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customer accounts of the ledger, kept in step with the ERP. */
@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerResource {

  private final UpsertCustomerUseCase upsertCustomer;
  private final ReadLedgerUseCase ledger;

  public CustomerResource(UpsertCustomerUseCase upsertCustomer, ReadLedgerUseCase ledger) {
    this.upsertCustomer = upsertCustomer;
    this.ledger = ledger;
  }

  @PUT
  @Path("/{customerNumber}")
  @RolesAllowed({Roles.ERP_INTEGRATION, Roles.ADMIN})
  @Operation(summary = "Create or update a customer account (idempotent)")
  public CustomerResponse upsert(
      @PathParam("customerNumber") String customerNumber, @Valid @NotNull CustomerRequest request) {
    Customer customer =
        new Customer(
            new CustomerNumber(customerNumber),
            request.name(),
            request.country(),
            Money.currencyOf(request.currency()),
            request.paymentTermsDays(),
            request.segment(),
            request.collector(),
            request.paperless(),
            contactsOf(request),
            Boolean.TRUE.equals(request.applyOldestFirst()),
            Boolean.TRUE.equals(request.excludedFromDunning()));
    return CustomerResponse.of(upsertCustomer.upsert(new UpsertCustomerCommand(customer)));
  }

  @GET
  @Path("/{customerNumber}")
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
  @Operation(summary = "Read a customer account")
  public CustomerResponse get(@PathParam("customerNumber") String customerNumber) {
    return CustomerResponse.of(ledger.customer(customerNumber));
  }

  private static List<Contact> contactsOf(CustomerRequest request) {
    if (request.contacts() == null) {
      return List.of();
    }
    return request.contacts().stream()
        .map(
            c ->
                new Contact(
                    c.name(),
                    c.language(),
                    ContactChannel.valueOf(c.preferredChannel()),
                    c.email(),
                    c.phone()))
        .toList();
  }
}
