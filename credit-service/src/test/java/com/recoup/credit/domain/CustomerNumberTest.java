package com.recoup.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CustomerNumberTest {

  @Test
  void givenBlankOrPaddedOrTooLongText_whenMadeACustomerNumber_thenRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> CustomerNumber.of(" "));
    assertThatIllegalArgumentException().isThrownBy(() -> CustomerNumber.of(" C-1"));
    assertThatIllegalArgumentException().isThrownBy(() -> CustomerNumber.of("C".repeat(65)));
  }

  @Test
  void givenAnErpNumber_whenMadeACustomerNumber_thenKeptAsIs() {
    assertThat(CustomerNumber.of("C-1001").value()).isEqualTo("C-1001");
  }
}
