package com.recoup.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void givenEuroAmount_parse_keepsTwoDecimals() {
    assertThat(Money.of("1656.25", "EUR").amount()).isEqualByComparingTo("1656.25");
    assertThat(Money.of("10", "EUR").amount().toPlainString()).isEqualTo("10.00");
  }

  @Test
  void givenMoreDecimalsThanTheCurrencyHas_parse_refuses() {
    assertThatThrownBy(() -> Money.of("10.001", "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more decimals than EUR allows (2)");
    assertThatThrownBy(() -> Money.of("10.5", "JPY")).hasMessageContaining("JPY allows (0)");
  }

  @Test
  void givenTrailingZeros_parse_acceptsTheExactValue() {
    assertThat(Money.of("7.100", "EUR")).isEqualTo(Money.of("7.10", "EUR"));
  }

  @Test
  void givenUnknownOrMalformedCurrency_parse_refuses() {
    assertThatThrownBy(() -> Money.of("1.00", "EUX")).hasMessageContaining("unknown currency");
    assertThatThrownBy(() -> Money.of("1.00", "eur")).hasMessageContaining("ISO 4217");
    assertThatThrownBy(() -> Money.of("1.00", "XAU")).hasMessageContaining("no minor units");
  }

  @Test
  void givenAFloatLikeString_parse_refuses() {
    assertThatThrownBy(() -> Money.of("1e3", "EUR")).hasMessageContaining("plain decimal");
    assertThatThrownBy(() -> Money.of("", "EUR")).hasMessageContaining("plain decimal");
  }

  @Test
  void givenTwoCurrencies_add_refuses() {
    assertThatThrownBy(() -> Money.of("1.00", "EUR").plus(Money.of("1.00", "USD")))
        .hasMessageContaining("cannot combine EUR with USD");
  }

  @Test
  void givenThreeMinorUnits_add_staysExact() {
    // 0.1 + 0.2 in binary floating point is 0.30000000000000004; in money it is 0.300 KWD.
    Money sum = Money.of("0.100", "KWD").plus(Money.of("0.200", "KWD"));
    assertThat(sum.amount().toPlainString()).isEqualTo("0.300");
  }

  @Test
  void givenInterestFactor_times_roundsHalfUpOnce() {
    // 100.00 x 0.10 x 15 / 365 = 0.410958... -> 0.41 (DOMAIN.md interest example)
    BigDecimal factor =
        new BigDecimal("0.10")
            .multiply(new BigDecimal("15"))
            .divide(new BigDecimal("365"), 12, Money.ROUNDING);
    assertThat(Money.of("100.00", "EUR").times(factor)).isEqualTo(Money.of("0.41", "EUR"));
    // 0.125 -> 0.13 under half-up (half-even would give 0.12)
    assertThat(Money.of("0.25", "EUR").times(new BigDecimal("0.5")))
        .isEqualTo(Money.of("0.13", "EUR"));
  }

  @Test
  void givenAnAmountBeyondOneTrillion_parse_refuses() {
    assertThat(Money.of("999999999999.99", "EUR").amount()).isEqualByComparingTo("999999999999.99");
    assertThatThrownBy(() -> Money.of("1000000000000.00", "EUR"))
        .hasMessageContaining("beyond the largest document amount");
    assertThatThrownBy(() -> Money.of(new java.math.BigDecimal("1e15"), "EUR"))
        .hasMessageContaining("out of range");
  }
}
