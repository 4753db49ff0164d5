package com.recoup.credit.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CreditProfileResourceTest {

  private static final String PROFILE = "/api/v1/credit-profiles/{customer}";

  @Test
  void givenACustomerCreditNeverHeardOf_whenRead_thenNotFoundProblem() {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.AUDITOR))
        .get(PROFILE, "C-NEVER-SEEN")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("credit-profile-not-found"))
        .body("status", equalTo(404));
  }

  @Test
  void givenNoToken_whenRead_thenUnauthorizedProblem() {
    given()
        .get(PROFILE, "C-1001")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("unauthorized"));
  }

  @Test
  void givenACollector_whenRead_thenForbiddenProblem() {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.COLLECTOR))
        .get(PROFILE, "C-1001")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("forbidden"));
  }

  @Test
  void givenATokenFromAnotherIssuer_whenRead_thenUnauthorizedProblem() {
    given()
        .auth()
        .oauth2(TestTokens.fromOtherIssuer(Roles.CREDIT_ANALYST))
        .get(PROFILE, "C-1001")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }
}
