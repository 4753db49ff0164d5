package com.recoup.kpi.adapter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The figures endpoint's guards and refusals, all as problem details. */
@QuarkusTest
class FiguresApiTest {

  @Test
  void givenNoToken_dso_is401() {
    given()
        .get("/api/v1/figures/dso")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void givenACollector_dso_is403() {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.COLLECTOR))
        .get("/api/v1/figures/dso")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("forbidden"));
  }

  @Test
  void givenAnAsOfThatIsNoDate_dso_is400NamingTheParameter() {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.AUDITOR))
        .queryParam("asOf", "31.01.2026")
        .get("/api/v1/figures/dso")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("invalid-value"))
        .body("detail", containsString("asOf"));
  }

  @Test
  void givenAnUnknownMethod_dso_is400() {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.CREDIT_MANAGER))
        .queryParam("asOf", "2026-01-31")
        .queryParam("method", "average")
        .get("/api/v1/figures/dso")
        .then()
        .statusCode(400)
        .body("detail", containsString("period or countback"));
  }

  @Test
  void givenADayWithoutAnySales_periodDso_is422Undefined() {
    // No test invoices lie before the year 1000: nothing sold in the 90 days to 0999-06-30.
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.COLLECTIONS_MANAGER))
        .queryParam("asOf", "0999-06-30")
        .queryParam("method", "period")
        .get("/api/v1/figures/dso")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("no-credit-sales"));
  }
}
