package com.recoup.collections.adapter.out.parser.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvMappingTest {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void theBuiltInIbmProfile_compiles() throws IOException {
    CsvMapping mapping = CsvMapping.compile(builtIn("ibm-ar"));

    assertThat(mapping.products())
        .containsExactlyInAnyOrder(
            CsvProduct.CUSTOMER, CsvProduct.INVOICE, CsvProduct.DISPUTE, CsvProduct.SETTLEMENT);
    assertThat(mapping.columns()).containsEntry(CsvField.AMOUNT, "InvoiceAmount");
    assertThat(mapping.currency().getCurrencyCode()).isEqualTo("USD");
  }

  @Test
  void givenAnInconsistentProfile_compile_namesEveryProblem() {
    CsvProfile broken =
        new CsvProfile(
            "broken",
            null,
            ";",
            "UTF-8",
            "dd.MM.yyyy bb",
            ";",
            "EUX",
            List.of("invoice", "settlement", "refund"),
            Map.of("Nr", "invoiceNumber", "Kunde", "customerNumber", "Frei", "colour"),
            Map.of(),
            null,
            new CsvProfile.Settlement("PAY-1", null),
            null);

    assertThatThrownBy(() -> CsvMapping.compile(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("CSV profile 'broken' is invalid: ")
        .hasMessageContaining("unknown product 'refund'")
        .hasMessageContaining("column 'Frei' maps to an unknown field 'colour'")
        .hasMessageContaining("producing invoice needs a column for issueDate")
        .hasMessageContaining("producing settlement needs a column for settledDate")
        .hasMessageContaining("decimalSeparator must be '.' or ','")
        .hasMessageContaining("datePattern 'dd.MM.yyyy bb' is not valid")
        .hasMessageContaining("currency: unknown currency: EUX")
        .hasMessageContaining("settlement.reference must be a template containing {invoiceNumber}");
  }

  @Test
  void givenAYesNoColumnWithoutItsFlag_compile_refuses() throws IOException {
    CsvProfile ibm = builtIn("ibm-ar");
    CsvProfile noFlags =
        new CsvProfile(
            ibm.name(),
            ibm.description(),
            ibm.delimiter(),
            ibm.encoding(),
            ibm.datePattern(),
            ibm.decimalSeparator(),
            ibm.currency(),
            ibm.produces(),
            ibm.columns(),
            Map.of(),
            ibm.customer(),
            ibm.settlement(),
            ibm.dispute());

    assertThatThrownBy(() -> CsvMapping.compile(noFlags))
        .hasMessageContaining("column for disputed needs a flag")
        .hasMessageContaining("column for paperless needs a flag");
  }

  @Test
  void givenAJsonKeyTheProfileDoesNotKnow_load_refusesIt() {
    assertThatThrownBy(() -> JSON.readValue("{\"name\":\"x\",\"colums\":{}}", CsvProfile.class))
        .hasMessageContaining("colums");
  }

  private static CsvProfile builtIn(String name) throws IOException {
    try (InputStream in =
        CsvMappingTest.class.getResourceAsStream("/import-profiles/" + name + ".json")) {
      return JSON.readValue(in, CsvProfile.class);
    }
  }
}
