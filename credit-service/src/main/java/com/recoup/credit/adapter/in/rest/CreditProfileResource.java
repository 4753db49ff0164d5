package com.recoup.credit.adapter.in.rest;

import com.recoup.credit.application.port.in.GetCreditProfileUseCase;
import com.recoup.credit.domain.CustomerNumber;
import com.recoup.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What credit knows about a customer. */
@Path("/api/v1/credit-profiles")
@Produces(MediaType.APPLICATION_JSON)
public class CreditProfileResource {

  @Inject GetCreditProfileUseCase profiles;

  @GET
  @Path("/{customerNumber}")
  @RolesAllowed({Roles.CREDIT_ANALYST, Roles.CREDIT_MANAGER, Roles.AUDITOR, Roles.ADMIN})
  public CreditProfileResponse get(@PathParam("customerNumber") String customerNumber) {
    return CreditProfileResponse.of(profiles.get(CustomerNumber.of(customerNumber)));
  }
}
