package com.recoup.collections.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Uploads through POST /api/v1/imports into the real ledger, with the ibm-ar CSV profile. */
@QuarkusTest
@TestProfile(UsdLedgerProfile.class)
class ImportApiTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void givenTheSyntheticIbmLayout_imported_theLedgerHoldsItsDocumentsAndTheReportCountsThem()
      throws Exception {
    String p = prefix();
    String csv = resource("ar-synthetic.csv").replace("SYN-", p + "-");

    var accepted = Imports.upload(csv, "ibm-ar");
    accepted
        .then()
        .statusCode(202)
        .header("Location", endsWith("/api/v1/imports/" + accepted.path("id")))
        .body("state", equalTo("RUNNING"))
        .body("format", equalTo("csv"))
        .body("profile", equalTo("ibm-ar"))
        .body("requestedBy", equalTo("test-erp-integration"));
    JsonPath done = Imports.finished(accepted.path("id"));

    // PROVENANCE.md: 13 records = 3 customers + 5 invoices + 3 settlements + 2 disputes.
    assertThat(done.getString("state")).isEqualTo("COMPLETED");
    assertThat(done.getInt("recordsTotal")).isEqualTo(13);
    assertThat(done.getInt("recordsDone")).isEqualTo(13);
    assertThat(done.getInt("accepted")).isEqualTo(13);
    assertThat(done.getInt("rejected")).isZero();
    for (String disputed : List.of(p + "-INV-0002", p + "-INV-0005")) {
      given()
          .auth()
          .oauth2(Imports.ERP)
          .get("/api/v1/invoices/" + disputed)
          .then()
          .body("disputedAmount", org.hamcrest.Matchers.notNullValue());
    }

    // 100.00 + 250.50 + 75.25 + 1200.00 + 33.33 = 1659.08; open 75.25 + 33.33 = 108.58.
    assertThat(sum("select sum(amount) from invoice where invoice_number like ?", p + "-%"))
        .isEqualByComparingTo("1659.08");
    assertThat(sum("select sum(open_amount) from invoice where invoice_number like ?", p + "-%"))
        .isEqualByComparingTo("108.58");
    given()
        .auth()
        .oauth2(Imports.ERP)
        .get("/api/v1/customers/" + p + "-0001")
        .then()
        .body("currency", equalTo("USD"))
        .body("country", equalTo("US"))
        .body("segment", equalTo("391"))
        .body("paymentTermsDays", equalTo(30))
        .body("paperless", equalTo(true));
    given()
        .auth()
        .oauth2(Imports.ERP)
        .get("/api/v1/payments/SETTLE-" + p + "-INV-0004")
        .then()
        .body("valueDate", equalTo("2013-04-01"))
        .body("allocations[0].invoiceNumber", equalTo(p + "-INV-0004"))
        .body("allocations[0].amount.amount", equalTo("1200.00"))
        .body("allocations[0].method", equalTo("EXPLICIT"));
  }

  @Test
  void givenAUblInvoiceForAKnownCustomer_import_leavesTheAccountAsTheErpKeepsIt() throws Exception {
    // A UBL buyer carries no segment, collector or paperless flag: it may create a customer the
    // ledger lacks, never overwrite one the ERP maintains.
    given()
        .auth()
        .oauth2(Imports.ERP)
        .contentType("application/json")
        .body(
            """
            {"name":"Buyer as the ERP names it","country":"SE","currency":"EUR",
             "paymentTermsDays":45,"segment":"key-accounts","collector":"collector-9",
             "paperless":true}""")
        .put("/api/v1/customers/FR23342")
        .then()
        .statusCode(200);
    byte[] ubl;
    try (var in = getClass().getResourceAsStream("/peppol/peppol_examples_base-example.xml")) {
      ubl = in.readAllBytes();
    }

    String id =
        given()
            .auth()
            .oauth2(Imports.ERP)
            .contentType("application/xml")
            .queryParam("format", "ubl")
            .body(ubl)
            .post("/api/v1/imports")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    Imports.finished(id);

    given()
        .auth()
        .oauth2(Imports.ERP)
        .get("/api/v1/customers/FR23342")
        .then()
        .body("name", equalTo("Buyer as the ERP names it"))
        .body("segment", equalTo("key-accounts"))
        .body("collector", equalTo("collector-9"))
        .body("paymentTermsDays", equalTo(45));
    assertThat(Imports.records(id, "UNCHANGED").getList("items.kind")).contains("CUSTOMER");
  }

  @Test
  void givenTheSameFileTwice_secondImport_changesNothing() throws Exception {
    String p = prefix();
    String csv = resource("ar-synthetic.csv").replace("SYN-", p + "-");
    String first = Imports.start(csv);
    Imports.finished(first);
    Map<String, BigDecimal> ledgerBefore = ledgerOf(p);
    long eventsBefore = events(p);

    String second = Imports.start(csv);
    JsonPath again = Imports.finished(second);

    assertThat(again.getString("repeatOf")).isEqualTo(first);
    assertThat(again.getInt("accepted")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(13);
    assertThat(again.getInt("rejected")).isZero();
    assertThat(Imports.records(second, "ACCEPTED").getInt("total")).isZero();
    assertThat(ledgerOf(p)).isEqualTo(ledgerBefore);
    assertThat(events(p))
        .as("no event for a document already in the ledger")
        .isEqualTo(eventsBefore);
  }

  @Test
  void givenMalformedRows_import_rejectsEachWithItsReasonAndAppliesTheRest() throws Exception {
    String p = prefix();
    String id = Imports.start(resource("ar-malformed.csv").replace("BAD-", p + "-"));

    JsonPath done = Imports.finished(id);

    // PROVENANCE.md: line 2 gives customer, invoice, settlement; lines 3-7, 9, 10 are unreadable
    // rows; line 8 an invoice the ledger refuses; line 11 an invoice: 12 records, 4 accepted.
    assertThat(done.getString("state")).isEqualTo("COMPLETED");
    assertThat(done.getInt("recordsTotal")).isEqualTo(12);
    assertThat(done.getInt("accepted")).isEqualTo(4);
    assertThat(done.getInt("rejected")).isEqualTo(8);
    Map<String, String> reasons =
        Imports.records(id, "REJECTED").getList("items", Map.class).stream()
            .collect(
                Collectors.toMap(
                    r -> (String) r.get("position"), r -> (String) r.get("reason"), (a, b) -> a));
    assertThat(reasons)
        .containsEntry("line 3", "InvoiceDate: '2/30/2013' is not a date of the form M/d/yyyy")
        .containsEntry(
            "line 4", "InvoiceAmount: amount 12.345 has more decimals than USD allows (2)")
        .containsEntry("line 6", "invoiceNumber: missing")
        .containsEntry(
            "line 8",
            "due-date-before-issue-date: due date 2013-02-01 precedes issue date 2013-03-02")
        .containsEntry("line 10", "InvoiceAmount: amount -4.00 must be positive");
    assertThat(reasons.get("line 5")).startsWith("InvoiceAmount: '12 USD' is not a decimal");
    assertThat(reasons.get("line 7")).startsWith("Disputed: 'Maybe' is neither");
    assertThat(reasons.get("line 9")).startsWith("the row has 5 fields where the header has 12");
    given()
        .auth()
        .oauth2(Imports.ERP)
        .get("/api/v1/invoices/" + p + "-INV-0007")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Imports.ERP)
        .get("/api/v1/invoices/" + p + "-INV-0010")
        .then()
        .statusCode(200);
  }

  @Test
  void givenAnUploadOverTheLimit_post_is413ProblemDetails() {
    byte[] tooLarge = new byte[1024 * 1024 + 1];

    given()
        .auth()
        .oauth2(Imports.ERP)
        .contentType("text/csv")
        .queryParam("format", "csv")
        .queryParam("profile", "ibm-ar")
        .body(tooLarge)
        .post("/api/v1/imports")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("code", equalTo("upload-too-large"))
        .body("detail", containsString("at most 1048576 bytes"));
  }

  @Test
  void givenAnUploadOverTheLimitWithoutContentLength_post_is413AfterTheLimit() {
    InputStream chunked = new ByteArrayInputStream(new byte[1024 * 1024 + 1]);

    given()
        .auth()
        .oauth2(Imports.ERP)
        .contentType("text/csv")
        .queryParam("format", "csv")
        .queryParam("profile", "ibm-ar")
        .body(chunked)
        .post("/api/v1/imports")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("code", equalTo("upload-too-large"));
  }

  @Test
  void givenAnEmptyUpload_post_is422ProblemDetails() {
    Imports.upload("", "ibm-ar")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("empty-file"));
  }

  @Test
  void givenAnUnknownFormatOrNoFormat_post_isRefused() {
    given()
        .auth()
        .oauth2(Imports.ERP)
        .contentType("text/csv")
        .queryParam("format", "edifact")
        .body("x".getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports")
        .then()
        .statusCode(422)
        .body("code", equalTo("unknown-format"))
        .body("detail", containsString("known: camt, csv, mt940, ubl"));
    given()
        .auth()
        .oauth2(Imports.ERP)
        .contentType("text/csv")
        .body("x".getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation-failed"));
  }

  @Test
  void givenAnUnknownProfileOrAForeignHeader_import_failsWithTheReasonAndAppliesNothing()
      throws Exception {
    String unknown =
        Imports.upload("a,b\r\n1,2\r\n", "sap-fi").then().statusCode(202).extract().path("id");
    String foreign = Imports.start("Kunde;Rechnung;Betrag\r\n1;2;3\r\n" + prefix());

    assertThat(Imports.finished(unknown).getString("failureReason"))
        .isEqualTo("the file cannot be read: unknown CSV profile 'sap-fi'; built in: ibm-ar");
    JsonPath failed = Imports.finished(foreign);
    assertThat(failed.getString("state")).isEqualTo("FAILED");
    assertThat(failed.getString("failureReason")).contains("the header lacks the columns");
    assertThat(failed.getInt("recordsDone")).isZero();
  }

  @Test
  void givenACollector_mayReadImportsButNotUpload() throws Exception {
    String id = Imports.start(resource("ar-synthetic.csv").replace("SYN-", prefix() + "-"));
    String collector = TestTokens.forRole(Roles.COLLECTOR);

    given()
        .auth()
        .oauth2(collector)
        .contentType("text/csv")
        .queryParam("format", "csv")
        .body("x".getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports")
        .then()
        .statusCode(403);
    Imports.finished(id);
    given().auth().oauth2(collector).get("/api/v1/imports/" + id).then().statusCode(200);
    given()
        .auth()
        .oauth2(collector)
        .get("/api/v1/imports/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("code", equalTo("import-not-found"));
    given()
        .auth()
        .oauth2(collector)
        .get("/api/v1/imports/" + id + "/records?outcome=LOST")
        .then()
        .statusCode(400);
  }

  @Test
  void givenALongFile_whileItRuns_theStatusShowsRecordsDoneOfTheTotal() throws Exception {
    String p = prefix();
    // 20 customers, 600 settled invoices: 20 + 600 + 600 = 1,220 records, 25 batches of 50.
    String id = Imports.start(generated(p, 20, 600));

    List<JsonPath> seen = Imports.follow(id, Duration.ofMinutes(3), Duration.ofMillis(20));

    JsonPath last = seen.get(seen.size() - 1);
    assertThat(last.getString("state")).isEqualTo("COMPLETED");
    assertThat(last.getInt("recordsDone")).isEqualTo(1220);
    assertThat(seen)
        .as("a status taken while the import ran shows part of the total done")
        .anySatisfy(
            s -> {
              assertThat(s.getString("state")).isEqualTo("RUNNING");
              assertThat(s.getInt("recordsTotal")).isEqualTo(1220);
              assertThat(s.getInt("recordsDone")).isBetween(1, 1219);
            });
    List<Integer> done = seen.stream().map(s -> s.getInt("recordsDone")).toList();
    assertThat(done).isSorted();
  }

  /** IBM layout, every invoice 10.00 and settled, spread evenly over the customers. */
  static String generated(String prefix, int customers, int invoices) {
    StringBuilder csv =
        new StringBuilder(
            "countryCode,customerID,PaperlessDate,invoiceNumber,InvoiceDate,DueDate,"
                + "InvoiceAmount,Disputed,SettledDate,PaperlessBill,DaysToSettle,DaysLate\r\n");
    for (int i = 1; i <= invoices; i++) {
      csv.append(
          "391,%s-C%04d,1/1/2012,%s-I%06d,1/2/2013,2/1/2013,10.00,No,1/20/2013,Paper,18,0\r\n"
              .formatted(prefix, i % customers, prefix, i));
    }
    return csv.toString();
  }

  private Map<String, BigDecimal> ledgerOf(String prefix) throws SQLException {
    return Map.of(
        "invoiced",
        sum("select sum(amount) from invoice where invoice_number like ?", prefix + "-%"),
        "open",
        sum("select sum(open_amount) from invoice where invoice_number like ?", prefix + "-%"),
        "paid",
        sum("select sum(amount) from payment where customer_number like ?", prefix + "-%"),
        "allocated",
        sum(
            "select sum(a.amount) from allocation a join payment p using (payment_reference)"
                + " where p.customer_number like ?",
            prefix + "-%"));
  }

  private long events(String prefix) throws SQLException {
    return sum("select count(*) from outbox_event where partition_key like ?", prefix + "-%")
        .longValueExact();
  }

  private BigDecimal sum(String sql, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getBigDecimal(1);
      }
    }
  }

  static String prefix() {
    return "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = ImportApiTest.class.getResourceAsStream("/imports/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
