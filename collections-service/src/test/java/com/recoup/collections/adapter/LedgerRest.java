package com.recoup.collections.adapter;

import static io.restassured.RestAssured.given;

import com.recoup.kernel.security.Roles;
import com.recoup.kernel.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;

/** Posts ledger documents through the REST API for integration tests. */
final class LedgerRest {

  static final String ERP = TestTokens.forRole(Roles.ERP_INTEGRATION);
  static final String MANAGER = TestTokens.forRole(Roles.COLLECTIONS_MANAGER);
  static final String ANALYST = TestTokens.forRole(Roles.FINANCE_ANALYST);

  private LedgerRest() {}

  /** A number no other test uses. */
  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Response putCustomer(String customer, String body) {
    return given()
        .auth()
        .oauth2(ERP)
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/customers/" + customer);
  }

  static String customer(String customer, String segment) {
    putCustomer(
            customer,
            """
            {"name":"Huang Trading Co.","country":"CN","currency":"EUR","paymentTermsDays":30,
             "segment":"%s","collector":"collector-7","paperless":false}"""
                .formatted(segment))
        .then()
        .statusCode(200);
    return customer;
  }

  static Response invoice(
      String number, String customer, String issued, String due, String amount, String currency) {
    String rate = currency.equals("EUR") ? "" : ",\"exchangeRate\":\"0.9\"";
    return post(
        "/api/v1/invoices",
        """
        {"invoiceNumber":"%s","customerNumber":"%s","issueDate":"%s","dueDate":"%s",
         "amount":{"amount":"%s","currency":"%s"}%s}"""
            .formatted(number, customer, issued, due, amount, currency, rate));
  }

  /** A payment applied as the ERP says; without invoice it stays unapplied. */
  static Response payment(
      String reference, String customer, String valueDate, String amount, String invoice) {
    String allocations =
        invoice == null
            ? "[]"
            : "[{\"invoiceNumber\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"EUR\"}}]"
                .formatted(invoice, amount);
    return post(
        "/api/v1/payments",
        """
        {"paymentReference":"%s","customerNumber":"%s","valueDate":"%s",
         "amount":{"amount":"%s","currency":"EUR"},"remittanceInformation":"no reference",
         "allocations":%s}"""
            .formatted(reference, customer, valueDate, amount, allocations));
  }

  static Response creditNote(
      String number, String customer, String invoice, String issued, String amount) {
    String invoiceField = invoice == null ? "" : "\"invoiceNumber\":\"%s\",".formatted(invoice);
    return post(
        "/api/v1/credit-notes",
        """
        {"creditNoteNumber":"%s","customerNumber":"%s",%s"issueDate":"%s",
         "amount":{"amount":"%s","currency":"EUR"},"reason":"goods returned"}"""
            .formatted(number, customer, invoiceField, issued, amount));
  }

  static Response writeOff(String invoice, String amount, String day) {
    String amountField =
        amount == null
            ? ""
            : "\"amount\":{\"amount\":\"%s\",\"currency\":\"EUR\"},".formatted(amount);
    return given()
        .auth()
        .oauth2(MANAGER)
        .contentType(ContentType.JSON)
        .body(
            """
            {%s"writtenOffOn":"%s","reason":"customer insolvent","approvedBy":"manager-1"}"""
                .formatted(amountField, day))
        .post("/api/v1/invoices/" + invoice + "/write-offs");
  }

  static Response cancel(String invoice, String day) {
    String dayField = day == null ? "" : ",\"cancelledOn\":\"%s\"".formatted(day);
    return post(
        "/api/v1/invoices/" + invoice + "/cancellation",
        "{\"reason\":\"posted twice\"%s}".formatted(dayField));
  }

  static Response post(String path, String body) {
    return given().auth().oauth2(ERP).contentType(ContentType.JSON).body(body).post(path);
  }

  static Response get(String token, String path) {
    return given().auth().oauth2(token).get(path);
  }
}
