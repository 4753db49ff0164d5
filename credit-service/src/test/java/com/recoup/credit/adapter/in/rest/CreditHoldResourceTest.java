package com.recoup.credit.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoup.kernel.event.EventSchemas;
import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import com.recoup.kernel.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CreditHoldResourceTest {

  private static final String HOLDS = "/api/v1/credit-holds";
  private static final String CREDIT_TOPIC = "recoup.credit.v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void givenACreditManager_whenPlacingAHold_thenCreatedAndAValidEventIsPublished()
      throws Exception {
    String customer = newCustomer();
    try (TopicReader credit = TopicReader.atEndOf(CREDIT_TOPIC)) {

      String id =
          asManager()
              .body(hold(customer, "three broken promises in a row"))
              .post(HOLDS)
              .then()
              .statusCode(201)
              .body("customerNumber", equalTo(customer))
              .body("placedBy", equalTo("mia.manager"))
              .body("placedAt", equalTo("2026-03-02T09:30:00Z"))
              .body("origin", equalTo("MANUAL"))
              .body("expiresOn", equalTo("2026-06-30"))
              .body("active", equalTo(true))
              .extract()
              .path("id");

      JsonNode event = readEvent(credit, customer, "recoup.credit.hold.placed.v1");
      assertThat(new EventSchemas().violations(event)).isEmpty();
      assertThat(event.get("subject").asText()).isEqualTo("credit-hold/" + id);
      assertThat(event.get("source").asText()).isEqualTo("/recoup/credit-service");
      assertThat(event.at("/data/holdId").asText()).isEqualTo(id);
      assertThat(event.at("/data/placedBy").asText()).isEqualTo("mia.manager");
      assertThat(event.at("/data/expiresOn").asText()).isEqualTo("2026-06-30");
    }
  }

  @Test
  void givenAnActiveHold_whenReleasedTwice_thenReleasedOnceAndThenConflict() throws Exception {
    String customer = newCustomer();
    String id = place(customer, "disputes on every invoice");
    try (TopicReader credit = TopicReader.atEndOf(CREDIT_TOPIC)) {

      asManager()
          .body(Map.of("reason", "paid in full"))
          .post(HOLDS + "/{id}/release", id)
          .then()
          .statusCode(200)
          .body("active", equalTo(false))
          .body("releasedBy", equalTo("mia.manager"))
          .body("releaseReason", equalTo("paid in full"));

      JsonNode event = readEvent(credit, customer, "recoup.credit.hold.released.v1");
      assertThat(new EventSchemas().violations(event)).isEmpty();
      assertThat(event.at("/data/holdId").asText()).isEqualTo(id);
    }

    asManager()
        .body(Map.of("reason", "again"))
        .post(HOLDS + "/{id}/release", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("hold-already-released"));
  }

  @Test
  void givenABlankReason_whenPlacingAHold_thenRuleViolatedProblem() {
    asManager()
        .body(hold(newCustomer(), "   "))
        .post(HOLDS)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("hold-reason-required"));
  }

  @Test
  void givenAnUnknownHold_whenReleased_thenNotFoundProblem() {
    asManager()
        .body(Map.of("reason", "paid"))
        .post(HOLDS + "/{id}/release", UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("code", equalTo("credit-hold-not-found"));
  }

  @Test
  void givenNoToken_whenPlacingAHold_thenUnauthorizedProblem() {
    given()
        .contentType(ContentType.JSON)
        .body(hold(newCustomer(), "no token"))
        .post(HOLDS)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("unauthorized"));
  }

  @Test
  void givenACollector_whenPlacingAHold_thenForbiddenProblem() {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.COLLECTOR))
        .contentType(ContentType.JSON)
        .body(hold(newCustomer(), "collectors may only look"))
        .post(HOLDS)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("forbidden"));
  }

  @Test
  void givenABodyThatIsNotJson_whenPlacingAHold_thenMalformedBodyProblem() {
    asManager()
        .body("{\"customerNumber\": \"C-1\", \"reason\": ")
        .post(HOLDS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("malformed-body"));
  }

  @Test
  void givenTheSameIdempotencyKeyTwice_whenPlacingAHold_thenOneHoldAndTheSameAnswer() {
    String customer = newCustomer();
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = hold(customer, "credit insurer withdrew cover");

    String first =
        asManager()
            .header("Idempotency-Key", key)
            .body(body)
            .post(HOLDS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String second =
        asManager()
            .header("Idempotency-Key", key)
            .body(body)
            .post(HOLDS)
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "true")
            .extract()
            .path("id");

    assertThat(second).isEqualTo(first);
    asAnalyst()
        .queryParam("customerNumber", customer)
        .get(HOLDS)
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
    asManager()
        .header("Idempotency-Key", key)
        .body(hold(customer, "another reason"))
        .post(HOLDS)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("idempotency-key-reused"));
  }

  @Test
  void givenThreeHoldsOneReleased_whenListed_thenFilteredAndPaged() {
    String customer = newCustomer();
    place(customer, "first");
    place(customer, "second");
    String released = place(customer, "third");
    asManager()
        .body(Map.of("reason", "cover restored"))
        .post(HOLDS + "/{id}/release", released)
        .then()
        .statusCode(200);

    // 3 holds, 1 released: 2 active, 1 inactive; pages of 2 hold 2 + 1
    list(customer, true, 0, 1).body("total", equalTo(2)).body("items", hasSize(1));
    list(customer, false, 0, 10).body("total", equalTo(1)).body("items[0].id", equalTo(released));
    list(customer, null, 1, 2)
        .body("total", equalTo(3))
        .body("page", equalTo(1))
        .body("size", equalTo(2))
        .body("items", hasSize(1))
        .body("items[0].evidence", nullValue());
  }

  @Test
  void givenASizeAboveTheLimit_whenListed_thenInvalidValueProblem() {
    asAnalyst()
        .queryParam("size", 500)
        .get(HOLDS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("invalid-value"));
  }

  @Test
  void givenAnActiveFilterThatIsNotABoolean_whenListed_thenInvalidValueProblem() {
    // "maybe" used to be read as false and silently answered with the released holds.
    asAnalyst()
        .queryParam("active", "maybe")
        .get(HOLDS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("invalid-value"))
        .body("detail", org.hamcrest.Matchers.containsString("active must be true or false"));
  }

  private static io.restassured.response.ValidatableResponse list(
      String customer, Boolean active, int page, int size) {
    RequestSpecification request =
        given()
            .auth()
            .oauth2(TestTokens.forRole(Roles.COLLECTOR))
            .queryParam("customerNumber", customer)
            .queryParam("page", page)
            .queryParam("size", size);
    if (active != null) {
      request = request.queryParam("active", active);
    }
    return request.get(HOLDS).then().statusCode(200);
  }

  private static String place(String customer, String reason) {
    return asManager()
        .body(hold(customer, reason))
        .post(HOLDS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static JsonNode readEvent(TopicReader topic, String customer, String type)
      throws Exception {
    ConsumerRecord<String, String> record =
        topic.await(
            r -> customer.equals(r.key()) && r.value().contains(type), Duration.ofSeconds(20));
    return JSON.readTree(record.value());
  }

  private static Map<String, Object> hold(String customer, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerNumber", customer);
    body.put("reason", reason);
    body.put("expiresOn", "2026-06-30");
    return body;
  }

  private static RequestSpecification asManager() {
    return given()
        .auth()
        .oauth2(TestTokens.forUser("mia.manager", Roles.CREDIT_MANAGER))
        .contentType(ContentType.JSON);
  }

  private static RequestSpecification asAnalyst() {
    return given().auth().oauth2(TestTokens.forRole(Roles.CREDIT_ANALYST));
  }

  private static String newCustomer() {
    return "C-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
