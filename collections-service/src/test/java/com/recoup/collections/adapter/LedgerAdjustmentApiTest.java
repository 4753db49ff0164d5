package com.recoup.collections.adapter;

import static com.recoup.collections.adapter.LedgerRest.ERP;
import static com.recoup.collections.adapter.LedgerRest.cancel;
import static com.recoup.collections.adapter.LedgerRest.creditNote;
import static com.recoup.collections.adapter.LedgerRest.customer;
import static com.recoup.collections.adapter.LedgerRest.get;
import static com.recoup.collections.adapter.LedgerRest.invoice;
import static com.recoup.collections.adapter.LedgerRest.payment;
import static com.recoup.collections.adapter.LedgerRest.post;
import static com.recoup.collections.adapter.LedgerRest.putCustomer;
import static com.recoup.collections.adapter.LedgerRest.unique;
import static com.recoup.collections.adapter.LedgerRest.writeOff;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoup.collections.application.port.in.MarkInvoiceDisputedCommand;
import com.recoup.collections.application.port.in.MarkInvoiceDisputedUseCase;
import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.event.EventSchemas;
import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import com.recoup.kernel.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Customer contacts and settings, credit notes, cancellation, write-offs and the dispute mark,
 * through the REST API, the real database and the real ledger topic.
 */
@QuarkusTest
class LedgerAdjustmentApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final EventSchemas SCHEMAS = new EventSchemas();

  @Inject MarkInvoiceDisputedUseCase disputes;

  @Test
  void givenContacts_upsert_keepsThemButNeverPutsThemInTheEvent() throws Exception {
    String customer = unique("C-CT");
    try (TopicReader ledger = TopicReader.atEndOf("recoup.ledger.v1")) {
      putCustomer(
              customer,
              """
              {"name":"Shanghai Lighting Ltd","country":"CN","currency":"EUR",
               "paymentTermsDays":45,"paperless":true,"applyOldestFirst":true,
               "excludedFromDunning":true,
               "contacts":[{"name":"Wang Fang","language":"zh-CN","preferredChannel":"EMAIL",
                            "email":"wang.fang@example.cn","phone":"+86 21 5555 0101"},
                           {"name":"Tom Baker","language":"en","preferredChannel":"LETTER"}]}""")
          .then()
          .statusCode(200)
          .body("contacts[0].language", equalTo("zh-CN"))
          .body("contacts[1].preferredChannel", equalTo("LETTER"));

      get(TestTokens.forRole(Roles.COLLECTOR), "/api/v1/customers/" + customer)
          .then()
          .statusCode(200)
          .body("contacts.size()", equalTo(2))
          .body("contacts[0].email", equalTo("wang.fang@example.cn"))
          .body("applyOldestFirst", equalTo(true))
          .body("excludedFromDunning", equalTo(true));

      JsonNode event = tree(ledger.await(r -> customer.equals(r.key()), Duration.ofSeconds(20)));
      assertThat(SCHEMAS.violations(event)).isEmpty();
      assertThat(event.at("/data/applyOldestFirst").asBoolean()).isTrue();
      assertThat(event.get("data").has("contacts")).isFalse();
      assertThat(event.toString()).doesNotContain("wang.fang", "Wang Fang", "5555");
    }
  }

  @Test
  void givenBadContacts_upsert_isRefusedWithProblemDetails() {
    String customer = unique("C-CB");
    String[][] cases = {
      {"{\"name\":\"A\",\"language\":\"english\",\"preferredChannel\":\"EMAIL\"}", "400"},
      {"{\"name\":\"A\",\"language\":\"en\",\"preferredChannel\":\"FAX\"}", "400"},
      {"{\"name\":\"A\",\"language\":\"en\",\"preferredChannel\":\"EMAIL\"}", "400"},
    };
    for (String[] c : cases) {
      putCustomer(
              customer,
              """
              {"name":"A","country":"DE","currency":"EUR","paymentTermsDays":30,
               "paperless":false,"contacts":[%s]}"""
                  .formatted(c[0]))
          .then()
          .statusCode(Integer.parseInt(c[1]))
          .contentType("application/problem+json");
    }
    get(ERP, "/api/v1/customers/" + customer).then().statusCode(404);
  }

  @Test
  void givenCreditNotes_post_lowerTheInvoiceOrStayOnTheAccountAndAreIdempotent() throws Exception {
    String customer = customer(unique("C-CN"), "retail");
    String inv = "INV-" + customer;
    invoice(inv, customer, "2026-11-02", "2026-12-02", "1250.00", "EUR").then().statusCode(201);
    try (TopicReader ledger = TopicReader.atEndOf("recoup.ledger.v1")) {
      // 1250.00 - 250.00 = 1000.00
      creditNote("CN-1-" + customer, customer, inv, "2026-11-20", "250.00")
          .then()
          .statusCode(201)
          .body("invoiceOpenAmount.amount", equalTo("1000.00"))
          .body("functionalAmount.amount", equalTo("250.00"));
      creditNote("CN-1-" + customer, customer, inv, "2026-11-20", "250.00").then().statusCode(200);
      creditNote("CN-1-" + customer, customer, inv, "2026-11-20", "260.00")
          .then()
          .statusCode(409)
          .body("code", equalTo("credit-note-number-conflict"));
      creditNote("CN-2-" + customer, customer, null, "2026-11-21", "30.00")
          .then()
          .statusCode(201)
          .body("invoiceNumber", nullValue());
      // the rest, 1000.00, settles the invoice
      creditNote("CN-3-" + customer, customer, inv, "2026-11-22", "1000.00")
          .then()
          .statusCode(201)
          .body("invoiceOpenAmount.amount", equalTo("0.00"));

      List<JsonNode> events = events(ledger, customer, 4);
      assertThat(events)
          .extracting(e -> e.get("type").asText())
          .containsExactly(
              "recoup.ledger.invoice.adjusted.v1",
              "recoup.ledger.credit-note.issued.v1",
              "recoup.ledger.invoice.adjusted.v1",
              "recoup.ledger.invoice.settled.v1");
      assertThat(events.get(0).at("/data/invoiceOpenAmount/amount").asText()).isEqualTo("1000.00");
      assertThat(events.get(3).at("/data/settledOn").asText()).isEqualTo("2026-11-22");
    }
    get(ERP, "/api/v1/invoices/" + inv).then().body("status", equalTo("PAID"));
  }

  @Test
  void givenBadCreditNotes_post_getProblemDetailsAndWriteNothing() {
    String customer = customer(unique("C-CX"), "retail");
    String inv = "INV-" + customer;
    invoice(inv, customer, "2026-11-02", "2026-12-02", "100.00", "EUR").then().statusCode(201);

    creditNote("CN-X-" + customer, customer, inv, "2026-11-20", "100.01")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("credit-note-exceeds-open-amount"));
    creditNote("CN-X-" + customer, customer, inv, "2026-11-01", "10.00")
        .then()
        .statusCode(422)
        .body("code", equalTo("dated-before-invoice"));
    creditNote("CN-X-" + customer, customer, inv, "2026-11-20", "0.00")
        .then()
        .statusCode(422)
        .body("code", equalTo("amount-not-positive"));
    creditNote("CN-X-" + customer, "C-NOBODY", null, "2026-11-20", "5.00")
        .then()
        .statusCode(422)
        .body("code", equalTo("unknown-customer"));
    post(
            "/api/v1/credit-notes",
            """
            {"creditNoteNumber":"CN-X","customerNumber":"%s","invoiceNumber":"%s",
             "issueDate":"2026-11-20","amount":{"amount":"5.001","currency":"EUR"},"reason":"r"}"""
                .formatted(customer, inv))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("amount"));
    post(
            "/api/v1/credit-notes",
            """
            {"creditNoteNumber":"CN-X","customerNumber":"%s","issueDate":"2026-11-20",
             "amount":{"amount":"5.00","currency":"EUR"}}"""
                .formatted(customer))
        .then()
        .statusCode(400)
        .body("code", equalTo("validation-failed"))
        .body("detail", containsString("reason"));

    get(ERP, "/api/v1/invoices/" + inv)
        .then()
        .body("openAmount.amount", equalTo("100.00"))
        .body("status", equalTo("OPEN"));
  }

  @Test
  void givenAnUntouchedInvoice_cancellation_cancelsItOnceAndTellsTheSuite() throws Exception {
    String customer = customer(unique("C-CA"), "retail");
    String inv = "INV-" + customer;
    invoice(inv, customer, "2026-11-02", "2026-12-02", "80.00", "EUR").then().statusCode(201);
    try (TopicReader ledger = TopicReader.atEndOf("recoup.ledger.v1")) {
      cancel(inv, "2026-11-05")
          .then()
          .statusCode(200)
          .body("status", equalTo("CANCELLED"))
          .body("openAmount.amount", equalTo("0.00"))
          .body("cancelledOn", equalTo("2026-11-05"));
      cancel(inv, null).then().statusCode(200).body("cancelledOn", equalTo("2026-11-05"));

      List<JsonNode> events = events(ledger, customer, 1);
      assertThat(events.get(0).get("type").asText())
          .isEqualTo("recoup.ledger.invoice.cancelled.v1");
      assertThat(ledger.drainFor(Duration.ofSeconds(2))).noneMatch(r -> ofTheTest(r, customer));
    }
    payment("P-" + customer, customer, "2026-11-10", "80.00", inv)
        .then()
        .statusCode(422)
        .body("code", equalTo("allocation-to-unknown-invoice"));
  }

  @Test
  void givenAPaidPart_cancellation_isRefusedAndTheInvoiceStays() {
    String customer = customer(unique("C-CP"), "retail");
    String inv = "INV-" + customer;
    invoice(inv, customer, "2026-11-02", "2026-12-02", "80.00", "EUR").then().statusCode(201);
    payment("P-" + customer, customer, "2026-11-10", "20.00", inv).then().statusCode(201);

    cancel(inv, null)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("invoice-not-cancellable"));
    post("/api/v1/invoices/" + inv + "/cancellation", "{}")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation-failed"));
    cancel("NO-SUCH-INVOICE", null)
        .then()
        .statusCode(404)
        .body("code", equalTo("invoice-not-found"));
    get(ERP, "/api/v1/invoices/" + inv)
        .then()
        .body("status", equalTo("PARTLY_PAID"))
        .body("openAmount.amount", equalTo("60.00"));
  }

  @Test
  void givenWriteOffs_post_writeOffPartThenTheRestAndTellTheSuite() throws Exception {
    String customer = customer(unique("C-WO"), "retail");
    String inv = "INV-" + customer;
    invoice(inv, customer, "2026-11-02", "2026-12-02", "500.00", "EUR").then().statusCode(201);
    try (TopicReader ledger = TopicReader.atEndOf("recoup.ledger.v1")) {
      // 500.00 - 200.00 = 300.00
      writeOff(inv, "200.00", "2026-11-30")
          .then()
          .statusCode(201)
          .body("invoiceOpenAmount.amount", equalTo("300.00"))
          .body("invoiceStatus", equalTo("PARTLY_PAID"));
      writeOff(inv, "300.01", "2026-11-30")
          .then()
          .statusCode(422)
          .body("code", equalTo("write-off-exceeds-open-amount"));
      writeOff(inv, null, "2026-12-01")
          .then()
          .statusCode(201)
          .body("amount.amount", equalTo("300.00"))
          .body("invoiceStatus", equalTo("WRITTEN_OFF"));

      List<JsonNode> events = events(ledger, customer, 2);
      assertThat(events)
          .extracting(e -> e.get("type").asText())
          .containsOnly("recoup.ledger.invoice.written-off.v1");
      assertThat(events.get(1).at("/data/approvedBy").asText()).isEqualTo("manager-1");
      assertThat(events.get(1).at("/data/invoiceOpenAmount/amount").asText()).isEqualTo("0.00");
    }
    writeOff(inv, "1.00", "2026-12-01")
        .then()
        .statusCode(409)
        .body("code", equalTo("invoice-not-open"));
  }

  @Test
  void givenTheErpRole_writeOff_isForbidden() {
    given()
        .auth()
        .oauth2(ERP)
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"r\",\"approvedBy\":\"me\"}")
        .post("/api/v1/invoices/ANY/write-offs")
        .then()
        .statusCode(403)
        .body("code", equalTo("forbidden"));
  }

  @Test
  void givenADispute_markDisputed_flagsTheInvoiceAndTellsTheSuite() throws Exception {
    String customer = customer(unique("C-DI"), "retail");
    String inv = "INV-" + customer;
    invoice(inv, customer, "2026-11-02", "2026-12-02", "640.00", "EUR").then().statusCode(201);
    try (TopicReader ledger = TopicReader.atEndOf("recoup.ledger.v1")) {
      disputes.markDisputed(new MarkInvoiceDisputedCommand(inv, customer, "Disputed=Yes"));

      JsonNode event = events(ledger, customer, 1).get(0);
      assertThat(event.get("type").asText()).isEqualTo("recoup.ledger.invoice.disputed.v1");
      assertThat(event.at("/data/disputedAmount/amount").asText()).isEqualTo("640.00");
    }
    get(ERP, "/api/v1/invoices/" + inv)
        .then()
        .body("status", equalTo("DISPUTED"))
        .body("disputedAmount.amount", equalTo("640.00"));
    Assertions.assertThatThrownBy(
            () -> disputes.markDisputed(new MarkInvoiceDisputedCommand(inv, "C-OTHER", "x")))
        .isInstanceOf(DomainException.class);
  }

  /**
   * The customer's next events, each checked against its JSON Schema, leaving out the customer and
   * invoice events of the test's set-up, which the outbox relay may publish only now.
   */
  private static List<JsonNode> events(TopicReader ledger, String customer, int count) {
    List<ConsumerRecord<String, String>> records =
        ledger.awaitCount(r -> ofTheTest(r, customer), count, Duration.ofSeconds(20));
    List<JsonNode> events = records.stream().map(LedgerAdjustmentApiTest::tree).toList();
    for (JsonNode event : events) {
      assertThat(SCHEMAS.violations(event)).as(event.toString()).isEmpty();
    }
    return events;
  }

  private static boolean ofTheTest(ConsumerRecord<String, String> record, String customer) {
    String type = tree(record).path("type").asText();
    return customer.equals(record.key())
        && !type.equals("recoup.ledger.customer.upserted.v1")
        && !type.equals("recoup.ledger.invoice.issued.v1");
  }

  private static JsonNode tree(ConsumerRecord<String, String> record) {
    try {
      return JSON.readTree(record.value());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + record.value(), e);
    }
  }
}
