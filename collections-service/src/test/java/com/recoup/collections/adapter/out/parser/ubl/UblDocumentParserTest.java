package com.recoup.collections.adapter.out.parser.ubl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.collections.adapter.out.parser.ParserFixtures;
import com.recoup.collections.application.port.out.DocumentParser.UnreadableFileException;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UblDocumentParserTest {

  private final UblDocumentParser parser = new UblDocumentParser();

  @Test
  @DisplayName("The PEPPOL base example is an invoice of 1656.25 EUR due 2017-12-01 to FR23342")
  void peppolBaseExample() {
    List<ParsedRecord> records = parse("peppol/peppol_examples_base-example.xml");

    // LegalMonetaryTotal: 1300 lines + 25 charge = 1325 tax exclusive; 25 % VAT 331.25;
    // 1325 + 331.25 = 1656.25 payable, nothing prepaid.
    ParsedRecord.InvoiceRecord invoice = only(records, ParsedRecord.InvoiceRecord.class);
    assertThat(invoice.command().invoiceNumber()).isEqualTo("Snippet1");
    assertThat(invoice.command().amount()).isEqualTo(Money.of("1656.25", "EUR"));
    assertThat(invoice.command().issueDate()).isEqualTo(LocalDate.of(2017, 11, 13));
    assertThat(invoice.command().dueDate()).isEqualTo(LocalDate.of(2017, 12, 1));
    assertThat(invoice.command().customerNumber()).isEqualTo("FR23342");

    Customer buyer = only(records, ParsedRecord.CustomerRecord.class).command().customer();
    assertThat(buyer.number().value()).isEqualTo("FR23342");
    assertThat(buyer.name()).isEqualTo("BuyerTradingName AS");
    assertThat(buyer.country()).isEqualTo("SE");
    // 2017-11-13 to 2017-12-01: 17 days left in November + 1 = 18 days.
    assertThat(buyer.paymentTermsDays()).isEqualTo(18);
  }

  @ParameterizedTest(name = "{0}: {2} payable {3} {4}, due {5}")
  @DisplayName("Each invoice example gives the payable amount and due date its PROVENANCE lists")
  @CsvSource({
    // PayableAmount = TaxInclusiveAmount - PrepaidAmount + PayableRoundingAmount
    "peppol/peppol_examples_Allowance-example.xml, 2017-11-13, Snippet1, 6125.00, EUR, 2017-12-01",
    "peppol/peppol_examples_Vat-category-S.xml, 2017-11-13, Snippet1, 8550.00, EUR, 2017-12-01",
    // no due date stated: due on the issue date
    "peppol/peppol_examples_vat-category-E.xml, 2018-08-30, Vat-Z, 1200.00, GBP, 2018-08-30",
    "peppol/peppol_examples_vat-category-O.xml, 2018-08-30, Vat-O, 3200.00, SEK, 2018-08-30",
    // 1801.78 - 1000 + 0.22 = 802.00
    "peppol/peppol_national-examples_NO_Norwegian-example-1.xml, 2013-06-30, TOSL108, 802.00, NOK,"
        + " 2013-07-20",
    "peppol/peppol_national-examples_GR_GR-base-example-TaxRepresentative.xml, 2020-10-01,"
        + " 061828591|01/10/2020|0|1.1|0|1, 1656.25, EUR, 2020-12-01",
    // 1729 - 1000 = 729, due date from PaymentMeans/PaymentDueDate
    "ubl/UBL-Invoice-2.1-Example.xml, 2009-12-15, TOSL108, 729.00, EUR, 2009-12-31",
    "ubl/UBL-FreightInvoice-2.1-Example.xml, 2009-12-15, TOSL108, 729.00, EUR, 2009-12-31",
  })
  void invoiceExamples(
      String file, LocalDate issued, String number, String amount, String currency, LocalDate due) {
    ParsedRecord.InvoiceRecord invoice = only(parse(file), ParsedRecord.InvoiceRecord.class);

    assertThat(invoice.command().invoiceNumber()).isEqualTo(number);
    assertThat(invoice.command().issueDate()).isEqualTo(issued);
    assertThat(invoice.command().amount()).isEqualTo(Money.of(amount, currency));
    assertThat(invoice.command().dueDate()).isEqualTo(due);
  }

  @Test
  void givenTheUblInvoiceExample_parse_takesBuyerIdAndPurchaseOrder() {
    List<ParsedRecord> records = parse("ubl/UBL-Invoice-2.1-Example.xml");

    ParsedRecord.InvoiceRecord invoice = only(records, ParsedRecord.InvoiceRecord.class);
    assertThat(invoice.command().customerNumber()).isEqualTo("345KS5324");
    assertThat(invoice.command().purchaseOrder()).isEqualTo("123");
    // PaymentID "Payref1" is no ISO 11649 reference, so the ledger derives one instead.
    assertThat(invoice.command().creditorReference()).isNull();
    Customer buyer = only(records, ParsedRecord.CustomerRecord.class).command().customer();
    assertThat(buyer.country()).isEqualTo("BE");
  }

  @Test
  void givenCreditNotes_parse_givesTheirAmountAndTheInvoiceTheyReduce() {
    ParsedRecord.CreditNoteRecord peppol =
        only(
            parse("peppol/peppol_examples_base-creditnote-correction.xml"),
            ParsedRecord.CreditNoteRecord.class);
    // 1325 + 331.25 VAT = 1656.25, correcting invoice Snippet1 (BillingReference).
    assertThat(peppol.amount()).isEqualTo(Money.of("1656.25", "EUR"));
    assertThat(peppol.invoiceNumber()).isEqualTo("Snippet1");
    assertThat(peppol.customerNumber()).isEqualTo("FR23342");

    ParsedRecord.CreditNoteRecord oasis =
        only(parse("ubl/UBL-CreditNote-2.1-Example.xml"), ParsedRecord.CreditNoteRecord.class);
    // 1729 - 1000 prepaid = 729
    assertThat(oasis.amount()).isEqualTo(Money.of("729.00", "EUR"));
    assertThat(oasis.creditNoteNumber()).isEqualTo("TOSL108");
    assertThat(oasis.issueDate()).isEqualTo(LocalDate.of(2009, 12, 15));
  }

  @Test
  void givenABuyerWithoutAnyIdentifier_parse_rejectsTheInvoiceSayingWhy() {
    List<ParsedRecord> records = parse("ubl/UBL-Invoice-2.1-Example-Trivial.xml");

    assertThat(records)
        .singleElement()
        .isInstanceOfSatisfying(
            ParsedRecord.Rejected.class,
            r -> {
              assertThat(r.position()).isEqualTo("Invoice 123");
              assertThat(r.reason()).contains("payable 100.00 CAD").contains("buyer identifier");
            });
  }

  @Test
  void givenAUblReminder_parse_refusesTheFile() {
    assertThatThrownBy(() -> parse("ubl/UBL-Reminder-2.1-Example.xml"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("UBL Reminder is not an invoice or a credit note");
  }

  @Test
  void givenACamtStatement_parse_refusesItAsNotUbl() {
    String camt =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt/></Document>
        """;
    assertThatThrownBy(() -> parser.parse(ParserFixtures.stream(camt), null, r -> {}))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("not a UBL document")
        .hasMessageContaining("camt.053.001.02");
  }

  @Test
  void givenAnInvoiceWithoutItsEssentials_parse_rejectsItSayingWhatIsMissing() {
    String hollow =
        """
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">
          <Nonsense/>
        </Invoice>
        """;
    List<ParsedRecord> records = new java.util.ArrayList<>();
    parser.parse(ParserFixtures.stream(hollow), null, records::add);

    assertThat(records)
        .singleElement()
        .isInstanceOfSatisfying(
            ParsedRecord.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo("the document has no cbc:ID"));
  }

  @Test
  void givenHostileOrBrokenXml_parse_refusesWithoutResolvingAnything() {
    assertThatThrownBy(() -> parser.parse(ParserFixtures.xxe("Invoice"), null, r -> {}))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("DOCTYPE");
    assertThatThrownBy(() -> parser.parse(ParserFixtures.billionLaughs("Invoice"), null, r -> {}))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("DOCTYPE");
    assertThatThrownBy(() -> parser.parse(ParserFixtures.randomBytes(), null, r -> {}))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("not well-formed XML");
  }

  private List<ParsedRecord> parse(String resource) {
    return ParserFixtures.collect(parser, resource);
  }

  private static <T extends ParsedRecord> T only(List<ParsedRecord> records, Class<T> type) {
    List<T> matching = records.stream().filter(type::isInstance).map(type::cast).toList();
    assertThat(matching).as("records of type %s in %s", type.getSimpleName(), records).hasSize(1);
    return matching.get(0);
  }
}
