package com.recoup.collections.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoup.kernel.event.EventSchemas;
import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import com.recoup.kernel.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final EventSchemas SCHEMAS = new EventSchemas();
  private static final String ERP = TestTokens.forRole(Roles.ERP_INTEGRATION);

  @Test
  void givenCustomerInvoiceAndPayment_posted_theirCloudEventsArriveOnTheLedgerTopic()
      throws Exception {
    String customer = "C-" + UUID.randomUUID().toString().substring(0, 8);
    String invoice = "INV-" + customer;
    try (TopicReader ledger = TopicReader.atEndOf("recoup.ledger.v1")) {
      upsertCustomer(customer);
      postInvoice(invoice, customer, "1250.00").then().statusCode(201);
      given()
          .auth()
          .oauth2(ERP)
          .contentType(ContentType.JSON)
          .body(
              """
              {"paymentReference":"PAY-%s","customerNumber":"%s","valueDate":"2026-11-20",
               "amount":{"amount":"1250.00","currency":"EUR"},
               "remittanceInformation":"Invoice %s"}"""
                  .formatted(customer, customer, invoice))
          .post("/api/v1/payments")
          .then()
          .statusCode(201)
          .body("allocations[0].invoiceNumber", equalTo(invoice))
          .body("allocations[0].method", equalTo("INVOICE_NUMBER"))
          .body("unappliedAmount.amount", equalTo("0.00"));

      List<ConsumerRecord<String, String>> records =
          ledger.awaitCount(r -> customer.equals(r.key()), 5, Duration.ofSeconds(20));

      List<JsonNode> events = records.stream().map(LedgerApiTest::tree).toList();
      assertThat(events)
          .extracting(e -> e.get("type").asText())
          .containsExactly(
              "recoup.ledger.customer.upserted.v1",
              "recoup.ledger.invoice.issued.v1",
              "recoup.ledger.payment.received.v1",
              "recoup.ledger.payment.allocated.v1",
              "recoup.ledger.invoice.settled.v1");
      for (JsonNode event : events) {
        assertThat(SCHEMAS.violations(event)).as(event.toString()).isEmpty();
      }
      JsonNode issued = events.get(1);
      assertThat(issued.at("/data/amount/amount").asText()).isEqualTo("1250.00");
      assertThat(issued.get("partitionkey").asText()).isEqualTo(customer);
      assertThat(records.get(1).headers().lastHeader("content-type").value())
          .asString()
          .isEqualTo("application/cloudevents+json");
    }
  }

  @Test
  void givenTheSameInvoiceTwice_post_answersOkWithoutASecondEvent() {
    String customer = upsertCustomer("C-" + UUID.randomUUID().toString().substring(0, 8));
    postInvoice("INV-R-" + customer, customer, "10.00").then().statusCode(201);

    postInvoice("INV-R-" + customer, customer, "10.00").then().statusCode(200);
    postInvoice("INV-R-" + customer, customer, "11.00")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("invoice-number-conflict"));
  }

  @Test
  void givenIdempotencyKey_retriedPost_getsTheStoredFirstResponse() {
    String customer = upsertCustomer("C-" + UUID.randomUUID().toString().substring(0, 8));
    String key = UUID.randomUUID().toString();
    String body = invoiceBody("INV-K-" + customer, customer, "20.00");

    postWithKey(key, body).then().statusCode(201).header("Idempotent-Replayed", (String) null);
    postWithKey(key, body)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("invoiceNumber", equalTo("INV-K-" + customer));
    postWithKey(key, invoiceBody("INV-K2-" + customer, customer, "20.00"))
        .then()
        .statusCode(422)
        .body("code", equalTo("idempotency-key-reused"));
  }

  @Test
  void givenNoToken_post_isUnauthorizedAsProblemDetails() {
    given()
        .contentType(ContentType.JSON)
        .body(invoiceBody("X", "Y", "1.00"))
        .post("/api/v1/invoices")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("unauthorized"));
  }

  @Test
  void givenACollectorToken_postInvoice_isForbidden() {
    given()
        .auth()
        .oauth2(TestTokens.forRole(Roles.COLLECTOR))
        .contentType(ContentType.JSON)
        .body(invoiceBody("X", "Y", "1.00"))
        .post("/api/v1/invoices")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("forbidden"));
  }

  @Test
  void givenAnExpiredOrForeignToken_request_isUnauthorized() {
    for (String token :
        List.of(
            TestTokens.expired(Roles.ERP_INTEGRATION),
            TestTokens.fromOtherIssuer(Roles.ERP_INTEGRATION),
            TestTokens.forOtherAudience(Roles.ERP_INTEGRATION))) {
      given().auth().oauth2(token).get("/api/v1/invoices/X").then().statusCode(401);
    }
  }

  @Test
  void givenMalformedJson_post_getsProblemDetailsNotAStackTrace() {
    given()
        .auth()
        .oauth2(ERP)
        .contentType(ContentType.JSON)
        .body("{\"invoiceNumber\": \"I-1\", ")
        .post("/api/v1/invoices")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("malformed-body"))
        .body("type", startsWith("https://"));
  }

  @Test
  void givenBadAmounts_post_namesTheFieldAndTheReason() {
    String customer = upsertCustomer("C-" + UUID.randomUUID().toString().substring(0, 8));
    String[][] cases = {
      {"{\"amount\":\"10.001\",\"currency\":\"EUR\"}", "more decimals than EUR allows"},
      {"{\"amount\":\"10.00\",\"currency\":\"EUX\"}", "unknown currency"},
      {"{\"amount\":10.5,\"currency\":\"EUR\"}", "amount must be a string"},
    };
    for (String[] c : cases) {
      given()
          .auth()
          .oauth2(ERP)
          .contentType(ContentType.JSON)
          .body(
              """
              {"invoiceNumber":"I-B","customerNumber":"%s","issueDate":"2026-11-01",
               "dueDate":"2026-12-01","amount":%s}"""
                  .formatted(customer, c[0]))
          .post("/api/v1/invoices")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("amount"))
          .body("detail", org.hamcrest.Matchers.containsString(c[1]));
    }
    postInvoice("I-N-" + customer, customer, "-5.00")
        .then()
        .statusCode(422)
        .body("code", equalTo("amount-not-positive"));
  }

  @Test
  void givenDueDateBeforeIssueDate_post_isRefusedWithItsCode() {
    String customer = upsertCustomer("C-" + UUID.randomUUID().toString().substring(0, 8));
    given()
        .auth()
        .oauth2(ERP)
        .contentType(ContentType.JSON)
        .body(
            """
            {"invoiceNumber":"I-D-%s","customerNumber":"%s","issueDate":"2026-11-10",
             "dueDate":"2026-11-09","amount":{"amount":"5.00","currency":"EUR"}}"""
                .formatted(customer, customer))
        .post("/api/v1/invoices")
        .then()
        .statusCode(422)
        .body("code", equalTo("due-date-before-issue-date"));
  }

  @Test
  void givenADateOutsideTheBusinessRange_post_namesTheField() {
    // Such a date could not be written in the RFC 3339 form the event schemas require.
    for (String date : List.of("+10000-01-01", "-0001-01-01", "1899-12-31", "2026-13-45")) {
      given()
          .auth()
          .oauth2(ERP)
          .contentType(ContentType.JSON)
          .body(
              """
              {"invoiceNumber":"I-Y","customerNumber":"C-Y","issueDate":"%s",
               "dueDate":"2026-12-02","amount":{"amount":"1.00","currency":"EUR"}}"""
                  .formatted(date))
          .post("/api/v1/invoices")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("issueDate"));
    }
  }

  @Test
  void givenAllocationBeyondThePayment_post_writesNothing() {
    String customer = upsertCustomer("C-" + UUID.randomUUID().toString().substring(0, 8));
    postInvoice("I-A-" + customer, customer, "300.00").then().statusCode(201);

    given()
        .auth()
        .oauth2(ERP)
        .contentType(ContentType.JSON)
        .body(
            """
            {"paymentReference":"P-A-%s","customerNumber":"%s","valueDate":"2026-11-20",
             "amount":{"amount":"100.00","currency":"EUR"},
             "allocations":[{"invoiceNumber":"I-A-%s",
                             "amount":{"amount":"150.00","currency":"EUR"}}]}"""
                .formatted(customer, customer, customer))
        .post("/api/v1/payments")
        .then()
        .statusCode(422)
        .body("code", equalTo("allocation-exceeds-payment"));

    given().auth().oauth2(ERP).get("/api/v1/payments/P-A-" + customer).then().statusCode(404);
    given()
        .auth()
        .oauth2(ERP)
        .get("/api/v1/invoices/I-A-" + customer)
        .then()
        .statusCode(200)
        .body("openAmount.amount", equalTo("300.00"));
  }

  static String upsertCustomer(String customer) {
    given()
        .auth()
        .oauth2(ERP)
        .contentType(ContentType.JSON)
        .body(
            """
            {"name":"Acme Trading GmbH","country":"DE","currency":"EUR","paymentTermsDays":30,
             "segment":"mid-market","collector":"collector-1","paperless":true}""")
        .put("/api/v1/customers/" + customer)
        .then()
        .statusCode(200);
    return customer;
  }

  static io.restassured.response.Response postInvoice(
      String invoice, String customer, String amount) {
    return given()
        .auth()
        .oauth2(ERP)
        .contentType(ContentType.JSON)
        .body(invoiceBody(invoice, customer, amount))
        .post("/api/v1/invoices");
  }

  private static io.restassured.response.Response postWithKey(String key, String body) {
    return given()
        .auth()
        .oauth2(ERP)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/invoices");
  }

  static String invoiceBody(String invoice, String customer, String amount) {
    return """
        {"invoiceNumber":"%s","customerNumber":"%s","issueDate":"2026-11-02",
         "dueDate":"2026-12-02","amount":{"amount":"%s","currency":"EUR"},
         "purchaseOrder":"PO-77"}"""
        .formatted(invoice, customer, amount);
  }

  private static JsonNode tree(ConsumerRecord<String, String> record) {
    try {
      return JSON.readTree(record.value());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + record.value(), e);
    }
  }
}
