package com.recoup.alerting.domain;

import static com.recoup.alerting.domain.Rules.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.kernel.domain.Money;
import org.junit.jupiter.api.Test;

class PercentageTest {

  @Test
  void givenTwoThirds_shareOf_roundsHalfUpToTwoDecimals() {
    // 2 / 3 x 100 = 66.666... -> 66.67; 1 / 3 x 100 = 33.333... -> 33.33
    assertThat(Percentage.shareOf(eur("2.00"), eur("3.00"))).isEqualTo(Percentage.of("66.67"));
    assertThat(Percentage.shareOf(eur("1.00"), eur("3.00"))).isEqualTo(Percentage.of("33.33"));
  }

  @Test
  void givenWholePortfolio_shareOf_isOneHundred() {
    assertThat(Percentage.shareOf(eur("12.34"), eur("12.34")).toString()).isEqualTo("100.00");
  }

  @Test
  void givenPartLargerThanWhole_shareOf_refuses() {
    assertThatThrownBy(() -> Percentage.shareOf(eur("2.00"), eur("1.00")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenTwoCurrencies_shareOf_refuses() {
    assertThatThrownBy(() -> Percentage.shareOf(eur("1.00"), Money.of("2.00", "USD")))
        .hasMessageContaining("cannot combine EUR with USD");
  }

  @Test
  void givenValuesOutsideTheRangeOrTooPrecise_construct_refuses() {
    assertThatThrownBy(() -> Percentage.of("100.01")).hasMessageContaining("between 0 and 100");
    assertThatThrownBy(() -> Percentage.of("-1")).hasMessageContaining("between 0 and 100");
    assertThatThrownBy(() -> Percentage.of("25.001")).hasMessageContaining("two decimals");
    assertThatThrownBy(() -> Percentage.of("a lot")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void givenTrailingZeros_construct_keepsTwoDecimals() {
    assertThat(Percentage.of("25").toString()).isEqualTo("25.00");
    assertThat(Percentage.of("25.000")).isEqualTo(Percentage.of("25.00"));
  }
}
