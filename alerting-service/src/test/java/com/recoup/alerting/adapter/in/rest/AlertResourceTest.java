package com.recoup.alerting.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.recoup.alerting.application.port.out.AlertRepository;
import com.recoup.alerting.domain.Alert;
import com.recoup.alerting.domain.AlertId;
import com.recoup.alerting.domain.ConcentrationRule;
import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.alerting.domain.Evaluation;
import com.recoup.alerting.domain.OpenReceivable;
import com.recoup.alerting.domain.Percentage;
import com.recoup.alerting.domain.RuleId;
import com.recoup.alerting.domain.Severity;
import com.recoup.kernel.domain.Money;
import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The alerts API: who may do what, the filters and paging, and the answers when refused. */
@QuarkusTest
class AlertResourceTest {

  private static final String PROBLEM = "application/problem+json";
  private static final ConcentrationRule RULE =
      new ConcentrationRule(
          new RuleId("concentration-25"),
          Percentage.of("25.00"),
          new BigDecimal("10000.00"),
          Severity.WARNING,
          true);

  @Inject AlertRepository alerts;

  private final String customer = "ALT-REST-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void givenNoToken_list_isUnauthorizedProblem() {
    given()
        .get("/api/v1/alerts")
        .then()
        .statusCode(401)
        .contentType(PROBLEM)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("code", equalTo("unauthorized"));
  }

  @Test
  void givenExpiredToken_acknowledge_isUnauthorizedProblem() {
    given()
        .auth()
        .oauth2(TestTokens.expired(Roles.COLLECTOR))
        .post("/api/v1/alerts/{id}/acknowledgement", UUID.randomUUID())
        .then()
        .statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  void givenErpIntegration_list_isForbiddenProblem() {
    as(Roles.ERP_INTEGRATION)
        .get("/api/v1/alerts")
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("code", equalTo("forbidden"));
  }

  @Test
  void givenFinanceAnalyst_acknowledge_isForbiddenAlthoughItMayRead() {
    Alert open = seedOpenAlert();

    as(Roles.FINANCE_ANALYST).get("/api/v1/alerts").then().statusCode(200);
    as(Roles.FINANCE_ANALYST)
        .post("/api/v1/alerts/{id}/acknowledgement", open.id().toString())
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  void givenOpenAndResolvedAlerts_listFilteredAndPaged_returnsTheNewestMatchFirst() {
    seedResolvedAlert(OffsetDateTime.parse("2026-01-05T09:00:00Z"));
    Alert newer = seedResolvedAlert(OffsetDateTime.parse("2026-02-05T09:00:00Z"));
    seedOpenAlert();

    // two of the customer's three alerts are resolved; a page of one shows the February one
    as(Roles.AUDITOR)
        .queryParam("customerNumber", customer)
        .queryParam("state", "resolved")
        .queryParam("rule", "concentration-25")
        .queryParam("size", 1)
        .get("/api/v1/alerts")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("page", equalTo(0))
        .body("size", equalTo(1))
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(newer.id().toString()))
        .body("items[0].state", equalTo("RESOLVED"))
        .body("items[0].figures.share", equalTo("22.22"))
        .body("items[0].currency", equalTo("EUR"));
    as(Roles.CREDIT_ANALYST)
        .queryParam("customerNumber", customer)
        .get("/api/v1/alerts")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items[0].state", equalTo("OPEN"))
        .body("items[0].figures.share", equalTo("30.00"));
  }

  @Test
  void givenAcknowledgedAlert_acknowledgeAgain_isConflictProblem() {
    Alert open = seedOpenAlert();
    as(Roles.COLLECTIONS_MANAGER)
        .post("/api/v1/alerts/{id}/acknowledgement", open.id().toString())
        .then()
        .statusCode(200)
        .body("acknowledgedBy", equalTo("test-" + Roles.COLLECTIONS_MANAGER));

    as(Roles.CREDIT_MANAGER)
        .post("/api/v1/alerts/{id}/acknowledgement", open.id().toString())
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("code", equalTo("alert-already-acknowledged"));
  }

  @Test
  void givenUnknownAlert_acknowledge_isNotFoundProblem() {
    as(Roles.ADMIN)
        .post("/api/v1/alerts/{id}/acknowledgement", UUID.randomUUID().toString())
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("code", equalTo("alert-not-found"));
  }

  @Test
  void givenIdThatIsNoUuid_acknowledge_isInvalidValueProblem() {
    as(Roles.COLLECTOR)
        .post("/api/v1/alerts/{id}/acknowledgement", "not-an-id")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("code", equalTo("invalid-value"));
  }

  @Test
  void givenUnknownStateOrOversizedPage_list_isInvalidValueProblem() {
    as(Roles.AUDITOR)
        .queryParam("state", "SNOOZED")
        .get("/api/v1/alerts")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("code", equalTo("invalid-value"))
        .body("detail", startsWith("unknown alert state SNOOZED"));
    as(Roles.AUDITOR)
        .queryParam("size", 500)
        .get("/api/v1/alerts")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  private RequestSpecification as(String role) {
    return given().auth().oauth2(TestTokens.forRole(role));
  }

  private Alert seedOpenAlert() {
    // 30,000 of 100,000 EUR = 30.00 %
    Alert open =
        Alert.raise(
            AlertId.random(),
            RULE,
            evaluate("30000.00", "100000.00"),
            OffsetDateTime.parse("2026-03-02T09:00:00Z"));
    return save(open);
  }

  private Alert seedResolvedAlert(OffsetDateTime raisedAt) {
    // raised at 30.00 %, resolved at 20,000 of 90,000 = 22.22 %
    Alert resolved =
        Alert.raise(AlertId.random(), RULE, evaluate("30000.00", "100000.00"), raisedAt)
            .resolve(evaluate("20000.00", "90000.00"), raisedAt.plusDays(3));
    return save(resolved);
  }

  private Evaluation evaluate(String owed, String total) {
    OpenReceivable receivable =
        new OpenReceivable(new CustomerNumber(customer), Money.of(owed, "EUR"));
    return RULE.evaluate(receivable, Money.of(total, "EUR"));
  }

  private Alert save(Alert alert) {
    QuarkusTransaction.requiringNew().run(() -> alerts.save(alert));
    return alert;
  }
}
