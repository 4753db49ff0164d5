package com.recoup.collections.adapter.out.parser.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.collections.application.port.out.DocumentParser;
import com.recoup.collections.application.port.out.DocumentParser.UnreadableFileException;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.kernel.domain.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDocumentParserTest {

  private static final DocumentParser.ParseOptions IBM = new DocumentParser.ParseOptions("ibm-ar");

  @Test
  void givenTheSyntheticIbmLayout_parse_givesCustomerInvoiceDisputeAndSettlementPerRow()
      throws IOException {
    List<ParsedRecord> records = parse(resource("ar-synthetic.csv"), IBM);

    // PROVENANCE.md: 3 customers + 5 invoices + 2 disputes + 3 settlements, in file order.
    assertThat(records)
        .extracting(r -> r.getClass().getSimpleName() + "@" + r.position())
        .containsExactly(
            "CustomerRecord@line 2",
            "InvoiceRecord@line 2",
            "PaymentRecord@line 2",
            "InvoiceRecord@line 3",
            "DisputeRecord@line 3",
            "PaymentRecord@line 3",
            "CustomerRecord@line 4",
            "InvoiceRecord@line 4",
            "InvoiceRecord@line 5",
            "PaymentRecord@line 5",
            "CustomerRecord@line 6",
            "InvoiceRecord@line 6",
            "DisputeRecord@line 6");
  }

  @Test
  void givenARow_parse_readsItsFieldsAsTheProfileMapsThem() throws IOException {
    List<ParsedRecord> records = parse(resource("ar-synthetic.csv"), IBM);

    var customer = ((ParsedRecord.CustomerRecord) records.get(0)).command().customer();
    assertThat(customer.number().value()).isEqualTo("SYN-0001");
    assertThat(customer.name()).isEqualTo("Customer SYN-0001");
    assertThat(customer.country()).isEqualTo("US");
    assertThat(customer.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(customer.paymentTermsDays()).isEqualTo(30);
    assertThat(customer.segment()).isEqualTo("391");
    // Its first row says Paper, its latest row (4/2/2013) Electronic: the latest row decides.
    assertThat(customer.paperless()).isTrue();

    var invoice = ((ParsedRecord.InvoiceRecord) records.get(3)).command();
    assertThat(invoice.invoiceNumber()).isEqualTo("SYN-INV-0002");
    assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2013, 4, 2));
    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2013, 5, 2));
    assertThat(invoice.amount()).isEqualTo(Money.of("250.50", "USD"));

    var settlement = ((ParsedRecord.PaymentRecord) records.get(5)).command();
    assertThat(settlement.paymentReference()).isEqualTo("SETTLE-SYN-INV-0002");
    assertThat(settlement.valueDate()).isEqualTo(LocalDate.of(2013, 5, 10));
    assertThat(settlement.allocations())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.invoiceNumber()).isEqualTo("SYN-INV-0002");
              assertThat(a.amount()).isEqualTo(Money.of("250.50", "USD"));
            });

    var paperOnly = ((ParsedRecord.CustomerRecord) records.get(10)).command().customer();
    assertThat(paperOnly.paperless()).isFalse();
  }

  @Test
  void givenMalformedRows_parse_rejectsEachWithAReasonNamingTheColumn() throws IOException {
    List<ParsedRecord.Rejected> rejected =
        parse(resource("ar-malformed.csv"), IBM).stream()
            .filter(ParsedRecord.Rejected.class::isInstance)
            .map(ParsedRecord.Rejected.class::cast)
            .toList();

    assertThat(rejected)
        .extracting(ParsedRecord.Rejected::position, ParsedRecord.Rejected::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "line 3", "InvoiceDate: '2/30/2013' is not a date of the form M/d/yyyy"),
            org.assertj.core.groups.Tuple.tuple(
                "line 4", "InvoiceAmount: amount 12.345 has more decimals than USD allows (2)"),
            org.assertj.core.groups.Tuple.tuple(
                "line 5",
                "InvoiceAmount: '12 USD' is not a decimal number with '.' as decimal separator"),
            org.assertj.core.groups.Tuple.tuple("line 6", "invoiceNumber: missing"),
            org.assertj.core.groups.Tuple.tuple(
                "line 7", "Disputed: 'Maybe' is neither one of [Yes] (yes) nor one of [No] (no)"),
            org.assertj.core.groups.Tuple.tuple(
                "line 9",
                "the row has 5 fields where the header has 12; DueDate: missing;"
                    + " InvoiceAmount: missing; Disputed: missing"),
            org.assertj.core.groups.Tuple.tuple(
                "line 10", "InvoiceAmount: amount -4.00 must be positive"));
  }

  @Test
  void givenAHeaderWithoutTheProfilesColumns_parse_refusesTheWholeFile() {
    String csv = "Kunde,Rechnung,Betrag\r\n1,2,3\r\n";

    assertThatThrownBy(() -> parse(csv, IBM))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("the header lacks the columns")
        .hasMessageContaining("InvoiceAmount");
  }

  @Test
  void givenAQuoteNeverClosed_parse_refusesTheWholeFileWithTheLine() throws IOException {
    String csv = resource("ar-synthetic.csv") + "391,\"SYN-0009,3/1/2013\r\n";

    assertThatThrownBy(() -> parse(csv, IBM))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("not CSV at line 7")
        .hasMessageContaining("EOF reached before encapsulated token finished");
  }

  @Test
  void givenBytesThatAreNotUtf8_parse_refusesTheWholeFile() {
    byte[] latin1 =
        "countryCode,customerID\r\n391,K\u00f6ln\r\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> parse(new ByteArrayInputStream(latin1), IBM))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("not text in UTF-8");
  }

  @Test
  void givenNoOrAnUnknownProfile_parse_refusesWithTheBuiltInNames() {
    assertThatThrownBy(() -> parse("a\r\n", new DocumentParser.ParseOptions(null)))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("needs a column-mapping profile; built in: ibm-ar");
    assertThatThrownBy(() -> parse("a\r\n", new DocumentParser.ParseOptions("sap-fi")))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("unknown CSV profile 'sap-fi'; built in: ibm-ar");
  }

  @Test
  void givenAByteOrderMark_parse_readsTheFirstColumnByItsName() throws IOException {
    List<ParsedRecord> records = parse("\uFEFF" + resource("ar-synthetic.csv"), IBM);

    assertThat(records).hasSize(13).noneMatch(ParsedRecord.Rejected.class::isInstance);
  }

  static List<ParsedRecord> parse(String csv, DocumentParser.ParseOptions options) {
    return parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), options);
  }

  static List<ParsedRecord> parse(InputStream in, DocumentParser.ParseOptions options) {
    CsvProfiles profiles = new CsvProfiles();
    profiles.builtIn = List.of("ibm-ar");
    List<ParsedRecord> records = new ArrayList<>();
    new CsvDocumentParser(profiles).parse(in, options, records::add);
    return records;
  }

  static String resource(String name) throws IOException {
    try (InputStream in = CsvDocumentParserTest.class.getResourceAsStream("/imports/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
