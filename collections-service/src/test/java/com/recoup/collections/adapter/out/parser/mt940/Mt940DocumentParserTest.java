package com.recoup.collections.adapter.out.parser.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.recoup.collections.adapter.out.parser.ParserFixtures;
import com.recoup.collections.application.port.in.ReceivePaymentCommand;
import com.recoup.collections.application.port.out.DocumentParser.ParseOptions;
import com.recoup.collections.application.port.out.DocumentParser.UnreadableFileException;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.kernel.domain.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Mt940DocumentParserTest {

  private static final Path SHARED = Path.of("../../shared/data/swift_mt940_statements");
  private static final ParseOptions CHECKED = new ParseOptions(null);
  private static final ParseOptions UNCHECKED = new ParseOptions(null, false);

  private final Mt940DocumentParser parser = new Mt940DocumentParser();

  @ParameterizedTest(name = "{0}: {1} :61: lines, balances reconcile: {2}")
  @DisplayName("Every sample gives one record per :61: line; only reconciling ones pass the check")
  @CsvSource({
    // file, :61: lines, continuity per PROVENANCE ('all' or no :60:/:62: pair = reconciles)
    "wolph_betterplace_amount_formats.sta, 0, true",
    "wolph_betterplace_sepa_snippet.sta, 11, false",
    "wolph_betterplace_with_binary_character.sta, 4, true",
    "wolph_cmxl_mt940.sta, 16, true",
    "wolph_cmxl_statement_details.sta, 1, true",
    "wolph_jejik_abnamro.sta, 10, false",
    "wolph_jejik_generic.sta, 2, true",
    "wolph_jejik_ing.sta, 7, false",
    "wolph_jejik_knab.sta, 3, false",
    "wolph_jejik_postfinance.sta, 4, false",
    "wolph_jejik_rabobank.sta, 5, false",
    "wolph_mBank_mt940.sta, 3, true",
    "wolph_mBank_mt942.sta, 3, true",
    "wolph_sberbank_171011_01234945.sta, 3, true",
    "wolph_self-provided_february_30.sta, 1, true",
    "wolph_self-provided_gv_codes.sta, 2, true",
    "wolph_self-provided_malformed_details.sta, 1, false",
    "wolph_self-provided_mt942.sta, 1, true",
    "wolph_self-provided_raiffeisen-cmi.sta, 7, false",
    "wolph_self-provided_sparkassen.sta, 1, true",
    "wolph_self-provided_whitespace.sta, 1, false",
  })
  void samples(String file, int lines, boolean reconciles) {
    String resource = "mt940/" + file;

    assertThat(ParserFixtures.collect(parser, resource, UNCHECKED)).hasSize(lines);
    if (reconciles) {
      assertThat(ParserFixtures.collect(parser, resource, CHECKED)).hasSize(lines);
    } else {
      assertThatThrownBy(() -> ParserFixtures.collect(parser, resource, CHECKED))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining("does not reconcile");
    }
  }

  @Test
  @DisplayName("mBank: :60F: 0.40 + three credits of 0.01 = :62F: 0.43 PLN, each a payment")
  void mBankCredits() {
    List<ReceivePaymentCommand> payments =
        payments(ParserFixtures.collect(parser, "mt940/wolph_mBank_mt940.sta", CHECKED));

    assertThat(payments).hasSize(3);
    assertThat(payments)
        .allSatisfy(
            p -> {
              assertThat(p.amount()).isEqualTo(Money.of("0.01", "PLN"));
              assertThat(p.valueDate()).isEqualTo(LocalDate.of(2017, 1, 19));
              assertThat(p.customerNumber()).isNull();
            });
    assertThat(payments)
        .extracting(ReceivePaymentCommand::paymentReference)
        .containsExactly("MB170119012058", "MB170119012085", "MB170119012121");
    assertThat(payments.get(0).remittanceInformation()).contains("XX000000000001");
  }

  @Test
  void givenADebitLine_parse_rejectsItAsNoCustomerPayment() {
    List<ParsedRecord> records =
        ParserFixtures.collect(parser, "mt940/wolph_jejik_generic.sta", CHECKED);

    // 100.00 - 10.00 = 90.00, then 90.00 - 10.00 = 80.00: two debits, no payment.
    assertThat(records)
        .hasSize(2)
        .allSatisfy(
            r ->
                assertThat(r)
                    .isInstanceOfSatisfying(
                        ParsedRecord.Rejected.class,
                        rejected ->
                            assertThat(rejected.reason())
                                .isEqualTo("debit entry, not a customer payment")));
  }

  @Test
  @DisplayName("A refused statement names its figures: ING 0.00 + lines ≠ 3.47")
  void refusalNamesTheFigures() {
    assertThatThrownBy(() -> ParserFixtures.collect(parser, "mt940/wolph_jejik_ing.sta", CHECKED))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("opening (:60F:) 0.00")
        .hasMessageContaining("closing balance (:62F:) is 3.47 EUR");
  }

  @Test
  void givenGermanSepaDetails_parse_takesPurposeEndToEndIdAndPayer() {
    List<ReceivePaymentCommand> payments =
        payments(
            ParserFixtures.collect(parser, "mt940/wolph_betterplace_sepa_snippet.sta", UNCHECKED));

    assertThat(payments).isNotEmpty();
    assertThat(payments)
        .allSatisfy(p -> assertThat(p.remittanceInformation()).doesNotContain("?2"));
  }

  @Test
  void givenAnImpossibleValueDate_parse_rejectsThatLine() {
    // 160230: there is no 30 February 2016; the line is a debit anyway, so its mark decides.
    List<ParsedRecord> records =
        ParserFixtures.collect(parser, "mt940/wolph_self-provided_february_30.sta", CHECKED);

    assertThat(records).singleElement().isInstanceOf(ParsedRecord.Rejected.class);
    assertThat(Mt940Records.date("160229")).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThatThrownBy(() -> Mt940Records.date("160230"))
        .hasMessageContaining("not a calendar date");
  }

  @Test
  void givenSomethingThatIsNoMt940_parse_refusesIt() {
    for (var input :
        List.of(
            ParserFixtures.randomBytes(),
            ParserFixtures.stream("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt\"/>"),
            ParserFixtures.xxe("Document"))) {
      assertThatThrownBy(() -> parser.parse(input, CHECKED, r -> {}))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining("not an MT940 statement");
    }
  }

  @ParameterizedTest(name = "{0}: {1} :61: lines")
  @DisplayName("OCA samples (AGPL, read in place) reconcile and give one record per :61:")
  @CsvSource({
    "oca10_base_test-ing.940, 8",
    "oca10_base_test-rabo.swi, 2",
    "oca10_base_test-wrong-file.940, 1",
    "oca10_nl_mollie_Voorbeeld.940, 21",
  })
  void ocaSamples(String file, int lines) {
    Path path = SHARED.resolve(file);
    assumeTrue(
        Files.isRegularFile(path),
        "AGPL fixture " + file + " is not copied into the repository; skipped without " + SHARED);

    assertThat(ParserFixtures.collect(parser, path, CHECKED)).hasSize(lines);
  }

  @Test
  void givenTheOcaRabobankCredit_parse_readsTheDutchCodes() {
    Path path = SHARED.resolve("oca10_base_test-rabo.swi");
    assumeTrue(Files.isRegularFile(path), "AGPL fixture absent; skipped");

    ReceivePaymentCommand payment = payments(ParserFixtures.collect(parser, path, CHECKED)).get(0);

    // :61:140102C000000000400,00 then /NAME/R. SMITH ... /REMI/Test money paid by other partner:
    assertThat(payment.amount()).isEqualTo(Money.of("400.00", "EUR"));
    assertThat(payment.valueDate()).isEqualTo(LocalDate.of(2014, 1, 2));
    assertThat(payment.payerName()).isEqualTo("R. SMITH");
    assertThat(payment.remittanceInformation()).isEqualTo("Test money paid by other partner:");
  }

  private static List<ReceivePaymentCommand> payments(List<ParsedRecord> records) {
    return records.stream()
        .filter(ParsedRecord.PaymentRecord.class::isInstance)
        .map(r -> ((ParsedRecord.PaymentRecord) r).command())
        .toList();
  }
}
