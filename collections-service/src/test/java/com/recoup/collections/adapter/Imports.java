package com.recoup.collections.adapter;

import static io.restassured.RestAssured.given;

import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Uploads files to the import API and follows the imports, for the tests. */
final class Imports {

  static final String ERP = TestTokens.forRole(Roles.ERP_INTEGRATION);

  private Imports() {}

  static Response upload(String csv, String profile) {
    return given()
        .auth()
        .oauth2(ERP)
        .contentType("text/csv")
        .queryParam("format", "csv")
        .queryParam("profile", profile)
        .queryParam("fileName", "test.csv")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports");
  }

  /** Uploads and returns the import's id once it is accepted. */
  static String start(String csv) {
    return upload(csv, "ibm-ar").then().statusCode(202).extract().path("id");
  }

  static JsonPath status(String id) {
    return given().auth().oauth2(ERP).get("/api/v1/imports/" + id).then().extract().jsonPath();
  }

  /**
   * Polls until the import is no longer running; returns every status seen, the last finished. Each
   * poll costs the test JVM real CPU (RestAssured), taken from the import on a small machine.
   */
  static List<JsonPath> follow(String id, Duration timeout, Duration every)
      throws InterruptedException {
    List<JsonPath> seen = new ArrayList<>();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      JsonPath status = status(id);
      seen.add(status);
      if (!"RUNNING".equals(status.getString("state"))) {
        return seen;
      }
      Thread.sleep(every.toMillis());
    }
    throw new AssertionError("import " + id + " still running after " + timeout);
  }

  static JsonPath finished(String id) throws InterruptedException {
    List<JsonPath> seen = follow(id, Duration.ofMinutes(5), Duration.ofMillis(250));
    return seen.get(seen.size() - 1);
  }

  static JsonPath records(String id, String outcome) {
    return given()
        .auth()
        .oauth2(ERP)
        .queryParam("outcome", outcome)
        .queryParam("size", 500)
        .get("/api/v1/imports/" + id + "/records")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
