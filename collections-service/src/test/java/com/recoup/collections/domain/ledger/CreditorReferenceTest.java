package com.recoup.collections.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditorReferenceTest {

  /**
   * ISO 11649 by a second path: move "RF" and the check digits to the end, letters to numbers (A =
   * 10 … Z = 35), then the remainder by 97 digit by digit (no big integers): valid when it is 1.
   */
  private static int mod97(String reference) {
    String rearranged = reference.substring(4) + reference.substring(0, 4);
    int remainder = 0;
    for (char c : rearranged.toCharArray()) {
      String digits = Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10);
      for (char d : digits.toCharArray()) {
        remainder = (remainder * 10 + (d - '0')) % 97;
      }
    }
    return remainder;
  }

  @Test
  void givenTheStandardsExample_itIsValid() {
    // "539007547034" + "RF18" -> 539007547034 27 15 18; mod 97 = 1
    assertThat(mod97("RF18539007547034")).isEqualTo(1);

    assertThat(new CreditorReference("RF18539007547034").value()).isEqualTo("RF18539007547034");
    assertThat(CreditorReference.parse("rf18 5390 0754 7034").value())
        .isEqualTo("RF18539007547034");
  }

  @Test
  void givenWrongCheckDigitsOrShape_itIsRefused() {
    assertThat(mod97("RF19539007547034")).isNotEqualTo(1);
    assertThatThrownBy(() -> new CreditorReference("RF19539007547034"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CreditorReference.parse("RF18"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CreditorReference.parse("RF18-5390-0754-7034"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CreditorReference.parse("RF00" + "1".repeat(22)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenAnInvoiceNumber_derivedFrom_keepsItsLettersAndDigitsWithValidCheckDigits() {
    CreditorReference derived =
        CreditorReference.derivedFrom(new DocumentNumber("INV-2026-0001")).orElseThrow();

    assertThat(derived.value()).startsWith("RF").endsWith("INV20260001").hasSize(15);
    assertThat(mod97(derived.value())).isEqualTo(1);
    assertThat(CreditorReference.derivedFrom(new DocumentNumber("A-" + "9".repeat(21)))).isEmpty();
  }

  @Test
  void givenRemittanceText_findIn_takesValidReferencesInEitherPrintedForm() {
    assertThat(CreditorReference.findIn("Payment RF18 5390 0754 7034, thank you"))
        .containsExactly(new CreditorReference("RF18539007547034"));
    assertThat(CreditorReference.findIn("ref:rf18539007547034"))
        .containsExactly(new CreditorReference("RF18539007547034"));
    assertThat(CreditorReference.findIn("RF19539007547034 and XRF18539007547034")).isEmpty();
    assertThat(CreditorReference.findIn(null)).isEmpty();
  }
}
