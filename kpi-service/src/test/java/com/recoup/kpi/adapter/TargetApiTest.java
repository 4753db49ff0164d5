package com.recoup.kpi.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoup.kernel.event.EventSchemas;
import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import com.recoup.kernel.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Targets are set through REST, stored once per figure and quarter, and published. */
@QuarkusTest
class TargetApiTest {

  private static final String TOPIC = "recoup.kpi.v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A quarter no other run of this test is likely to use, so its events are ours. */
  private final String quarter = ThreadLocalRandom.current().nextInt(3000, 9999) + "-Q3";

  @Test
  void givenAFinanceAnalyst_setTarget_storesItAndPublishesASchemaValidEvent() throws Exception {
    try (TopicReader topic = TopicReader.atEndOf(TOPIC)) {
      given()
          .auth()
          .oauth2(TestTokens.forUser("ana", Roles.FINANCE_ANALYST))
          .contentType(ContentType.JSON)
          .body(target("DSO", "60.00", "AT_MOST"))
          .post("/api/v1/targets")
          .then()
          .statusCode(201)
          .body("figure", equalTo("DSO"))
          .body("quarter", equalTo(quarter))
          .body("target", equalTo("60.00"))
          .body("setBy", equalTo("ana"));

      JsonNode event = JSON.readTree(topic.await(this::ours, Duration.ofSeconds(30)).value());

      assertThat(new EventSchemas().violations(event)).isEmpty();
      assertThat(event.get("type").asText()).isEqualTo("recoup.kpi.target.set.v1");
      assertThat(event.get("partitionkey").asText()).isEqualTo("portfolio");
      assertThat(event.at("/data/target").asText()).isEqualTo("60.00");
      assertThat(event.at("/data/previousTarget").isNull()).isTrue();
    }
  }

  @Test
  void givenATarget_setAgain_replacesItAndTheEventNamesThePreviousValue() throws Exception {
    post(target("DSO", "60.00", "AT_MOST"));
    try (TopicReader topic = TopicReader.atEndOf(TOPIC)) {
      post(target("DSO", "55.5", "AT_MOST"));

      JsonNode event = JSON.readTree(topic.await(this::ours, Duration.ofSeconds(30)).value());

      assertThat(new EventSchemas().violations(event)).isEmpty();
      assertThat(event.at("/data/target").asText()).isEqualTo("55.50");
      assertThat(event.at("/data/previousTarget").asText()).isEqualTo("60.00");
    }
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.AUDITOR))
        .queryParam("quarter", quarter)
        .get("/api/v1/targets")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].target", equalTo("55.50"))
        .body("items[0].direction", equalTo("AT_MOST"));
  }

  @Test
  void givenACollectionRateAboveOneHundred_setTarget_isRefusedWith422() {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.ADMIN))
        .contentType(ContentType.JSON)
        .body(target("COLLECTION_RATE", "101.00", "AT_LEAST"))
        .post("/api/v1/targets")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("target-out-of-range"));
  }

  @Test
  void givenNoToken_listTargets_is401ProblemDetails() {
    given()
        .get("/api/v1/targets")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("unauthorized"));
  }

  @Test
  void givenACollector_setTarget_is403ProblemDetails() {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.COLLECTOR))
        .contentType(ContentType.JSON)
        .body(target("DSO", "60.00", "AT_MOST"))
        .post("/api/v1/targets")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("forbidden"));
  }

  @Test
  void givenBrokenJson_setTarget_is400ProblemDetails() {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.FINANCE_ANALYST))
        .contentType(ContentType.JSON)
        .body("{\"figure\": \"DSO\", ")
        .post("/api/v1/targets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("malformed-body"));
  }

  @Test
  void givenNoQuarter_setTarget_is400NamingTheField() {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.FINANCE_ANALYST))
        .contentType(ContentType.JSON)
        .body("{\"figure\":\"DSO\",\"target\":\"60.00\",\"direction\":\"AT_MOST\"}")
        .post("/api/v1/targets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("validation-failed"))
        .body("errors[0].field", equalTo("quarter"));
  }

  private void post(String body) {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.FINANCE_ANALYST))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/targets")
        .then()
        .statusCode(201);
  }

  private boolean ours(ConsumerRecord<String, String> record) {
    return record.value().contains("\"quarter\":\"" + quarter + "\"");
  }

  private String target(String figure, String value, String direction) {
    return """
        {"figure":"%s","quarter":"%s","target":"%s","direction":"%s"}"""
        .formatted(figure, quarter, value, direction);
  }
}
