package com.recoup.collections.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Front ends are generated from this document: it must show money as strings, errors as problem
 * details and the Idempotency-Key header, or generated clients would get all three wrong.
 */
@QuarkusTest
class OpenApiDocumentTest {

  @Test
  void givenTheOpenApiDocument_read_itStatesTheSuitesHttpConventions() {
    JsonPath document =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(document.getString("components.schemas.Money.properties.amount.type"))
        .isEqualTo("string");
    assertThat(document.getMap("components.schemas.ProblemDetail.properties")).containsKey("code");

    Map<String, Object> postInvoice = document.getMap("paths.'/api/v1/invoices'.post");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> parameters =
        (List<Map<String, Object>>) postInvoice.get("parameters");
    assertThat(parameters).extracting(p -> p.get("name")).contains("Idempotency-Key");
    assertThat(
            document.getMap(
                "paths.'/api/v1/invoices'.post.responses.'422'.content.'application/problem+json'"))
        .isNotNull();
  }
}
