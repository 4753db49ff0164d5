package com.recoup.collections.adapter.out.parser.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.recoup.collections.adapter.out.parser.ParserFixtures;
import com.recoup.collections.application.port.in.ReceivePaymentCommand;
import com.recoup.collections.application.port.out.DocumentParser.ParseOptions;
import com.recoup.collections.application.port.out.DocumentParser.UnreadableFileException;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CamtDocumentParserTest {

  /** AGPL-3 fixtures stay in the shared data folder; their tests skip where it is absent. */
  private static final Path SHARED = Path.of("../../shared/data/iso20022_camt_statements");

  private static final ParseOptions UNCHECKED = new ParseOptions(null, false);

  private final CamtDocumentParser parser = new CamtDocumentParser();

  @Test
  @DisplayName("camt.053.001.02: PRCD 33.06 + credits 1.00 − debits 11.00 = CLBD 23.06 passes")
  void reconcilingStatementV02() {
    List<ParsedRecord> records = parse("camt/viafintech_053_valid_example.xml");

    // 4 entries: one credit of 1.00 EUR, three debits adding up to 11.00 EUR (PROVENANCE).
    assertThat(records).hasSize(4);
    assertThat(rejections(records))
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.reason()).isEqualTo("debit entry, not a customer payment"));
    ReceivePaymentCommand credit = payments(records).get(0);
    assertThat(credit.amount()).isEqualTo(Money.of("1.00", "EUR"));
    assertThat(credit.customerNumber()).isNull();
    assertThat(credit.valueDate()).isEqualTo(LocalDate.of(2013, 12, 27));
    assertThat(credit.paymentReference()).isEqualTo("2013122711085260000");
  }

  @Test
  @DisplayName("camt.053.001.04: OPBD 322152.16 + 1810.56 − 1272.95 = CLBD 322689.77 CHF passes")
  void reconcilingStatementV04() {
    List<ParsedRecord> records = parse("camt/viafintech_053_valid_example_v4.xml");

    // The payments add up to the statement's credits, however batches were itemised.
    assertThat(total(payments(records), "CHF")).isEqualByComparingTo("1810.56");
    assertThat(payments(records))
        .allSatisfy(p -> assertThat(p.amount().isPositive()).isTrue())
        .extracting(ReceivePaymentCommand::paymentReference)
        .doesNotHaveDuplicates();
    assertThat(records.stream().filter(r -> r.position().contains("Ntry 13")).count()).isPositive();
  }

  @Test
  @DisplayName("camt.053.001.10 with date-times and only a closing balance: nothing to check")
  void closingBalanceOnlyV10() {
    List<ParsedRecord> records = parse("camt/viafintech_053_valid_example_with_datetime.xml");

    assertThat(payments(records))
        .singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualTo(Money.of("195.86", "USD")));
  }

  @Test
  @DisplayName("camt.052.001.02 report: PRCD 8.50 + 5.00 = CLBD 13.50 passes")
  void reconcilingReport() {
    List<ParsedRecord> records = parse("camt/viafintech_052_valid_example.xml");

    assertThat(total(payments(records), "EUR")).isEqualByComparingTo("5.00");
  }

  @Test
  @DisplayName("A statement that does not reconcile is refused whole, with its figures")
  void nonReconcilingStatementIsRefused() {
    // OPBD 100 + credit 4500.00 = 4600.00, but CLBD states 4500.00 (hand-edited fixture).
    assertThatThrownBy(() -> parse("camt/viafintech_053_valid_example_with_instdamt.xml"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("does not reconcile")
        .hasMessageContaining("= 4600.00 CHF")
        .hasMessageContaining("is 4500.00 CHF");

    List<ParsedRecord> unchecked =
        ParserFixtures.collect(
            parser, "camt/viafintech_053_valid_example_with_instdamt.xml", UNCHECKED);
    assertThat(payments(unchecked))
        .singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualTo(Money.of("4500.00", "CHF")));
  }

  @Test
  void givenAStatementWithoutEntries_parse_givesNoRecords() {
    assertThat(parse("camt/viafintech_053_valid_example_with_other_id.xml")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "camt/viafintech_053_valid_namespace.xml",
        "camt/viafintech_052_valid_namespace.xml",
        "camt/viafintech_general_invalid_namespace.xml"
      })
  void givenADocumentWithoutAnyStatement_parse_refusesIt(String file) {
    assertThatThrownBy(() -> parse(file))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("holds no");
  }

  @Test
  void givenAnOutOfRangeVersionOrAnotherMessage_parse_refusesItByName() {
    String v11 =
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.11\"><BkToCstmrStmt/>"
            + "</Document>";
    assertThatThrownBy(() -> parser.parse(ParserFixtures.stream(v11), UNCHECKED, r -> {}))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("camt.053.001.11 is not a supported version");
    String pain = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>";
    assertThatThrownBy(() -> parser.parse(ParserFixtures.stream(pain), UNCHECKED, r -> {}))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("not an ISO 20022 camt");
  }

  @Test
  void givenPredefinedEntitiesAndCharacterReferences_parse_readsThemAsText() {
    // Only DOCTYPE-declared entities are refused; &amp; and &#228; are plain XML text.
    String camt =
        """
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.04"><BkToCstmrDbtCdtNtfctn>
         <Ntfctn><Id>N-1</Id><Ntry><Amt Ccy="EUR">9.99</Amt><CdtDbtInd>CRDT</CdtDbtInd>
          <ValDt><Dt>2026-11-20</Dt></ValDt><AcctSvcrRef>R-1</AcctSvcrRef>
          <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>M&#252;ller &amp; Co</Nm></Dbtr></RltdPties>
           <RmtInf><Ustrd>INV-1 &lt;paid&gt;</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
         </Ntfctn></BkToCstmrDbtCdtNtfctn></Document>
        """;
    List<ParsedRecord> records = new ArrayList<>();
    parser.parse(ParserFixtures.stream(camt), new ParseOptions(null), records::add);

    ReceivePaymentCommand payment = payments(records).get(0);
    assertThat(payment.payerName()).isEqualTo("Müller & Co");
    assertThat(payment.remittanceInformation()).isEqualTo("INV-1 <paid>");
  }

  @Test
  void givenAUblInvoice_parse_refusesItAsNotCamt() {
    assertThatThrownBy(() -> parse("peppol/peppol_examples_base-example.xml"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("not an ISO 20022 camt")
        .hasMessageContaining("Invoice");
  }

  @Test
  void givenHostileOrBrokenXml_parse_refusesWithoutResolvingAnything() {
    for (ParseOptions options : List.of(new ParseOptions(null), UNCHECKED)) {
      assertThatThrownBy(() -> parser.parse(ParserFixtures.xxe("Document"), options, r -> {}))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining("DOCTYPE");
      assertThatThrownBy(
              () -> parser.parse(ParserFixtures.billionLaughs("Document"), options, r -> {}))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining("DOCTYPE");
      assertThatThrownBy(() -> parser.parse(ParserFixtures.randomBytes(), options, r -> {}))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining("not well-formed XML");
    }
  }

  @Test
  @DisplayName("OCA camt.053 (AGPL, read in place): 15568.27 + 1405.31 − 1418.30 ≠ 15121.12")
  void ocaStatementDoesNotReconcile() {
    Path file = shared("oca16_test-camt053.xml");

    assertThatThrownBy(() -> ParserFixtures.collect(parser, file, new ParseOptions(null)))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("= 15555.28 EUR")
        .hasMessageContaining("is 15121.12 EUR");
    List<ParsedRecord> unchecked = ParserFixtures.collect(parser, file, UNCHECKED);
    assertThat(total(payments(unchecked), "EUR")).isEqualByComparingTo("1405.31");
  }

  @Test
  @DisplayName("OCA camt.054.001.04 notification (AGPL, read in place): one credit of 5.00 EUR")
  void ocaNotification() {
    List<ParsedRecord> records =
        ParserFixtures.collect(parser, shared("oca16_test-camt054.xml"), new ParseOptions(null));

    assertThat(payments(records))
        .singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualTo(Money.of("5.00", "EUR")));
  }

  @Test
  @DisplayName("OCA camt.053.001.04 without entries (AGPL): OPBD 1520.76 = CLBD 1520.76 passes")
  void ocaEmptyStatementReconciles() {
    Path file = shared("oca16_test-camt053-no-ntry.xml");

    assertThat(ParserFixtures.collect(parser, file, new ParseOptions(null))).isEmpty();
  }

  private List<ParsedRecord> parse(String resource) {
    return ParserFixtures.collect(parser, resource);
  }

  private static Path shared(String name) {
    Path file = SHARED.resolve(name);
    assumeTrue(
        Files.isRegularFile(file),
        "AGPL fixture " + name + " is not copied into the repository; skipped without " + SHARED);
    return file;
  }

  static List<ReceivePaymentCommand> payments(List<ParsedRecord> records) {
    return records.stream()
        .filter(ParsedRecord.PaymentRecord.class::isInstance)
        .map(r -> ((ParsedRecord.PaymentRecord) r).command())
        .toList();
  }

  private static List<ParsedRecord.Rejected> rejections(List<ParsedRecord> records) {
    return records.stream()
        .filter(ParsedRecord.Rejected.class::isInstance)
        .map(ParsedRecord.Rejected.class::cast)
        .toList();
  }

  private static BigDecimal total(List<ReceivePaymentCommand> payments, String currency) {
    return payments.stream()
        .map(ReceivePaymentCommand::amount)
        .peek(m -> assertThat(m.currencyCode()).isEqualTo(currency))
        .map(Money::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
