package com.recoup.collections.adapter;

import static com.recoup.collections.adapter.LedgerRest.ERP;
import static com.recoup.collections.adapter.LedgerRest.customer;
import static com.recoup.collections.adapter.LedgerRest.get;
import static com.recoup.collections.adapter.LedgerRest.invoice;
import static com.recoup.collections.adapter.LedgerRest.post;
import static com.recoup.collections.adapter.LedgerRest.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Bulk posts: a result per document, each document all or nothing, and a size limit. */
@QuarkusTest
class BulkApiTest {

  @Test
  void givenMixedInvoices_bulkPost_reportsEachAndPostsOnlyTheGoodOnes() {
    String customer = customer(unique("C-BI"), "wholesale");
    invoice("INV-1-" + customer, customer, "2026-11-02", "2026-12-02", "10.00", "EUR")
        .then()
        .statusCode(201);
    String body =
        """
        {"documents":[
          %1$s,
          %2$s,
          %3$s,
          {"invoiceNumber":"INV-4-%4$s","customerNumber":"%4$s","issueDate":"2026-11-02",
           "dueDate":"2026-12-02","amount":{"amount":12.5,"currency":"EUR"}},
          %5$s,
          {"invoiceNumber":"INV-6-%4$s","customerNumber":"%4$s","issueDate":"2026-11-02",
           "amount":{"amount":"1.00","currency":"EUR"}},
          "not an object",
          %6$s
        ]}"""
            .formatted(
                doc("INV-2-" + customer, customer, "2026-12-02", "20.00"),
                doc("INV-1-" + customer, customer, "2026-12-02", "10.00"),
                doc("INV-1-" + customer, customer, "2026-12-02", "11.00"),
                customer,
                doc("INV-5-" + customer, customer, "2026-10-01", "5.00"),
                doc("INV-8-" + customer, customer, "2026-12-02", "80.00"));

    post("/api/v1/invoices/bulk", body)
        .then()
        .statusCode(200)
        .body("accepted", equalTo(2))
        .body("unchanged", equalTo(1))
        .body("rejected", equalTo(5))
        .body("results[0].status", equalTo("ACCEPTED"))
        .body("results[0].documentNumber", equalTo("INV-2-" + customer))
        .body("results[1].status", equalTo("UNCHANGED"))
        .body("results[2].code", equalTo("invoice-number-conflict"))
        .body("results[3].code", equalTo("malformed-document"))
        .body("results[3].detail", startsWith("amount must be a string"))
        .body("results[4].code", equalTo("due-date-before-issue-date"))
        .body("results[5].code", equalTo("validation-failed"))
        .body("results[5].detail", equalTo("dueDate: must not be null"))
        .body("results[6].index", equalTo(6))
        .body("results[6].documentNumber", nullValue())
        .body("results[6].code", equalTo("malformed-document"))
        .body("results[7].status", equalTo("ACCEPTED"));

    get(ERP, "/api/v1/invoices/INV-2-" + customer).then().statusCode(200);
    get(ERP, "/api/v1/invoices/INV-1-" + customer).then().body("amount.amount", equalTo("10.00"));
    get(ERP, "/api/v1/invoices/INV-5-" + customer).then().statusCode(404);
  }

  @Test
  void givenAPaymentThatCannotBeApplied_bulkPost_rejectsItWholeAndPostsTheOthers() {
    String customer = customer(unique("C-BP"), "wholesale");
    invoice("INV-" + customer, customer, "2026-11-02", "2026-12-02", "300.00", "EUR")
        .then()
        .statusCode(201);
    String allocation =
        "[{\"invoiceNumber\":\"INV-%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"EUR\"}}]";
    String body =
        """
        {"documents":[
          {"paymentReference":"P-1-%1$s","customerNumber":"%1$s","valueDate":"2026-11-20",
           "amount":{"amount":"100.00","currency":"EUR"},"allocations":%2$s},
          {"paymentReference":"P-2-%1$s","customerNumber":"%1$s","valueDate":"2026-11-21",
           "amount":{"amount":"50.00","currency":"EUR"},"allocations":%3$s}
        ]}"""
            .formatted(
                customer,
                allocation.formatted(customer, "100.00"),
                allocation.formatted(customer, "250.00"));

    post("/api/v1/payments/bulk", body)
        .then()
        .statusCode(200)
        .body("results[0].status", equalTo("ACCEPTED"))
        .body("results[1].status", equalTo("REJECTED"))
        .body("results[1].code", equalTo("allocation-exceeds-payment"));

    // P-2 left nothing behind: no payment, and the invoice has only P-1's 100.00 off it
    get(ERP, "/api/v1/payments/P-2-" + customer).then().statusCode(404);
    get(ERP, "/api/v1/invoices/INV-" + customer)
        .then()
        .body("openAmount.amount", equalTo("200.00"));
  }

  @Test
  void givenCreditNotes_bulkPost_reportsEach() {
    String customer = customer(unique("C-BC"), "wholesale");
    invoice("INV-" + customer, customer, "2026-11-02", "2026-12-02", "300.00", "EUR")
        .then()
        .statusCode(201);
    String body =
        """
        {"documents":[
          {"creditNoteNumber":"CN-1-%1$s","customerNumber":"%1$s","invoiceNumber":"INV-%1$s",
           "issueDate":"2026-11-20","amount":{"amount":"100.00","currency":"EUR"},"reason":"r"},
          {"creditNoteNumber":"CN-2-%1$s","customerNumber":"%1$s","invoiceNumber":"INV-%1$s",
           "issueDate":"2026-11-20","amount":{"amount":"200.01","currency":"EUR"},"reason":"r"}
        ]}"""
            .formatted(customer);

    post("/api/v1/credit-notes/bulk", body)
        .then()
        .statusCode(200)
        .body("accepted", equalTo(1))
        .body("results[1].code", equalTo("credit-note-exceeds-open-amount"));
    get(ERP, "/api/v1/invoices/INV-" + customer)
        .then()
        .body("openAmount.amount", equalTo("200.00"));
  }

  @Test
  void givenMoreThanTenThousandDocuments_bulkPost_isRefusedWhole() {
    String body = "{\"documents\":[" + String.join(",", Collections.nCopies(10_001, "{}")) + "]}";

    post("/api/v1/invoices/bulk", body)
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("code", equalTo("too-many-documents"));
    post("/api/v1/payments/bulk", "{}")
        .then()
        .statusCode(400)
        .body("code", equalTo("validation-failed"));
  }

  private static String doc(String number, String customer, String due, String amount) {
    return """
        {"invoiceNumber":"%s","customerNumber":"%s","issueDate":"2026-11-02","dueDate":"%s",
         "amount":{"amount":"%s","currency":"EUR"}}"""
        .formatted(number, customer, due, amount);
  }
}
