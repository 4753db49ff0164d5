package com.recoup.collections.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.recoup.collections.adapter.out.parser.camt.CamtDocumentParser;
import com.recoup.collections.application.port.in.ReceivePaymentUseCase;
import com.recoup.collections.application.port.out.DocumentParser.ParseOptions;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A bank statement through cash application against the real database: the camt parser reads the
 * entries, the payment use case applies each, the REST API shows the result.
 */
@QuarkusTest
class BankFileCashApplicationTest {

  private static final String ERP = TestTokens.forRole(Roles.ERP_INTEGRATION);
  private static final String COLLECTOR = TestTokens.forRole(Roles.COLLECTOR);

  @Inject CamtDocumentParser camt;
  @Inject ReceivePaymentUseCase receivePayment;

  @Test
  void givenACamtEntryCarryingAnInvoiceNumber_import_settlesThatInvoice() {
    String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String customer = customer("C-" + run);
    String named = "INV-" + run + "-1";
    String referenced = "INV-" + run + "-2";
    String overpaid = "INV-" + run + "-3";
    invoice(named, customer, "1250.00", null);
    invoice(referenced, customer, "80.00", "RF18539007547034");
    invoice(overpaid, customer, "40.00", null);

    List<ReceivePaymentUseCase.Result> results = importStatement(statement(run, named, overpaid));

    assertThat(results).hasSize(4);
    assertThat(results.get(3).identified()).isFalse();
    // Entry 1 names the invoice in its unstructured remittance: paid in full, 0.00 open.
    invoiceOf(named).body("status", equalTo("PAID")).body("openAmount.amount", equalTo("0.00"));
    payment("B-" + run + "-1")
        .body("customerNumber", equalTo(customer))
        .body("allocations[0].invoiceNumber", equalTo(named))
        .body("allocations[0].method", equalTo("INVOICE_NUMBER"));
    // Entry 2 quotes RF18539007547034 in Strd/CdtrRefInf: 30.00 of 80.00 paid, 50.00 open.
    invoiceOf(referenced)
        .body("status", equalTo("PARTLY_PAID"))
        .body("openAmount.amount", equalTo("50.00"));
    payment("B-" + run + "-2").body("allocations[0].method", equalTo("CREDITOR_REFERENCE"));
    // Entry 3 pays 100.00 for an invoice of 40.00: 60.00 waits for review.
    invoiceOf(overpaid).body("status", equalTo("PAID"));

    JsonPath waiting = unapplied().extract().jsonPath();
    Map<String, Object> remainder = itemOf(waiting, "B-" + run + "-3");
    assertThat(remainder).containsEntry("reason", "NO_MATCHING_INVOICE");
    assertThat(remainder).containsEntry("customerNumber", customer);
    assertThat(remainder.get("unappliedAmount"))
        .isEqualTo(Map.of("amount", "60.00", "currency", "EUR"));
    // Entry 4 names nothing: kept without a customer.
    Map<String, Object> unknown = itemOf(waiting, "B-" + run + "-4");
    assertThat(unknown).containsEntry("reason", "CUSTOMER_NOT_IDENTIFIED");
    assertThat(unknown.get("customerNumber")).isNull();
    assertThat(unknown).containsEntry("payerName", "Sample Payer");

    List<ReceivePaymentUseCase.Result> again = importStatement(statement(run, named, overpaid));
    assertThat(again).noneMatch(ReceivePaymentUseCase.Result::created);
  }

  @Test
  void givenAnInvalidCreditorReference_postInvoice_isRefusedWithItsCode() {
    String customer = customer("C-" + UUID.randomUUID().toString().substring(0, 8));
    given()
        .auth()
        .oauth2(ERP)
        .contentType(ContentType.JSON)
        .body(invoiceBody("INV-RF-" + customer, customer, "10.00", "RF19539007547034"))
        .post("/api/v1/invoices")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("invalid-creditor-reference"));
  }

  @Test
  void givenNoExplicitReference_postInvoice_derivesOneFromTheNumber() {
    String customer = customer("C-" + UUID.randomUUID().toString().substring(0, 8));
    String number = "INV-D-" + customer;
    invoice(number, customer, "10.00", null);

    String letters = number.replaceAll("[^A-Za-z0-9]", "").toUpperCase();
    invoiceOf(number)
        .body("creditorReference", org.hamcrest.Matchers.matchesPattern("RF\\d{2}" + letters));
  }

  @Test
  void givenAnErpToken_listUnapplied_isForbidden() {
    given()
        .auth()
        .oauth2(ERP)
        .get("/api/v1/payments/unapplied")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(COLLECTOR)
        .queryParam("size", 0)
        .get("/api/v1/payments/unapplied")
        .then()
        .statusCode(422)
        .body("code", equalTo("invalid-page"));
  }

  private List<ReceivePaymentUseCase.Result> importStatement(String xml) {
    List<ParsedRecord> records = new ArrayList<>();
    camt.parse(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        new ParseOptions(null),
        records::add);
    return records.stream()
        .filter(ParsedRecord.PaymentRecord.class::isInstance)
        .map(r -> receivePayment.receive(((ParsedRecord.PaymentRecord) r).command()))
        .toList();
  }

  /**
   * A camt.054.001.04 notification: four credits (1250.00 naming an invoice, 30.00 quoting an RF
   * reference, 100.00 naming an invoice of 40.00, 7.00 naming nothing) and a debit of 5.00.
   */
  private static String statement(String run, String named, String overpaid) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.04">
         <BkToCstmrDbtCdtNtfctn>
          <GrpHdr><MsgId>M-%1$s</MsgId><CreDtTm>2026-11-20T08:00:00</CreDtTm></GrpHdr>
          <Ntfctn>
           <Id>N-%1$s</Id>
           <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
           %2$s
           %3$s
           %4$s
           %5$s
           <Ntry><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
            <ValDt><Dt>2026-11-20</Dt></ValDt><AcctSvcrRef>B-%1$s-5</AcctSvcrRef></Ntry>
          </Ntfctn>
         </BkToCstmrDbtCdtNtfctn>
        </Document>
        """
        .formatted(
            run,
            credit(run, 1, "1250.00", "<Ustrd>Invoice " + named + ", thank you</Ustrd>"),
            credit(
                run,
                2,
                "30.00",
                "<Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd>"),
            credit(run, 3, "100.00", "<Ustrd>" + overpaid + "</Ustrd>"),
            credit(run, 4, "7.00", "<Ustrd>donation</Ustrd>"));
  }

  private static String credit(String run, int n, String amount, String remittance) {
    return """
        <Ntry><Amt Ccy="EUR">%3$s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
         <ValDt><Dt>2026-11-20</Dt></ValDt><AcctSvcrRef>B-%1$s-%2$d</AcctSvcrRef>
         <NtryDtls><TxDtls>
          <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <RltdPties><Dbtr><Nm>Sample Payer</Nm></Dbtr>
           <DbtrAcct><Id><IBAN>DE02120300000000202051</IBAN></Id></DbtrAcct></RltdPties>
          <RmtInf>%4$s</RmtInf>
         </TxDtls></NtryDtls></Ntry>
        """
        .formatted(run, n, amount, remittance);
  }

  private static Map<String, Object> itemOf(JsonPath page, String reference) {
    List<Map<String, Object>> items = page.getList("items");
    return items.stream()
        .filter(i -> reference.equals(i.get("paymentReference")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(reference + " not in " + items));
  }

  private static io.restassured.response.ValidatableResponse unapplied() {
    return given()
        .auth()
        .oauth2(COLLECTOR)
        .queryParam("size", 500)
        .get("/api/v1/payments/unapplied")
        .then()
        .statusCode(200);
  }

  private static io.restassured.response.ValidatableResponse invoiceOf(String number) {
    return given().auth().oauth2(ERP).get("/api/v1/invoices/" + number).then().statusCode(200);
  }

  private static io.restassured.response.ValidatableResponse payment(String reference) {
    return given().auth().oauth2(ERP).get("/api/v1/payments/" + reference).then().statusCode(200);
  }

  private static String customer(String number) {
    given()
        .auth()
        .oauth2(ERP)
        .contentType(ContentType.JSON)
        .body(
            """
            {"name":"Bank File Customer","country":"DE","currency":"EUR","paymentTermsDays":30,
             "paperless":false}""")
        .put("/api/v1/customers/" + number)
        .then()
        .statusCode(200);
    return number;
  }

  private static void invoice(String number, String customer, String amount, String reference) {
    given()
        .auth()
        .oauth2(ERP)
        .contentType(ContentType.JSON)
        .body(invoiceBody(number, customer, amount, reference))
        .post("/api/v1/invoices")
        .then()
        .statusCode(201);
  }

  private static String invoiceBody(
      String number, String customer, String amount, String reference) {
    return """
        {"invoiceNumber":"%s","customerNumber":"%s","issueDate":"2026-10-01",
         "dueDate":"2026-10-31","amount":{"amount":"%s","currency":"EUR"}%s}"""
        .formatted(
            number,
            customer,
            amount,
            reference == null ? "" : ",\"creditorReference\":\"" + reference + "\"");
  }
}
