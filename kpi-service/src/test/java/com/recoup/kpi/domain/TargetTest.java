package com.recoup.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.kernel.domain.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TargetTest {

  private static final OffsetDateTime SET_AT = OffsetDateTime.parse("2026-10-01T08:00:00Z");

  @Test
  void givenAWholeNumber_target_keepsTwoDecimals() {
    Target target = target(KpiFigure.DSO, "60");

    assertThat(target.value().toPlainString()).isEqualTo("60.00");
  }

  @Test
  void givenARateAboveOneHundredPercent_target_isRefused() {
    assertThatThrownBy(() -> target(KpiFigure.COLLECTION_RATE, "100.01"))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("target-out-of-range");
  }

  @Test
  void givenMoreThanTwoDecimals_target_isRefused() {
    assertThatThrownBy(() -> target(KpiFigure.DSO, "60.001"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenTheFourthQuarter_quarter_spansOctoberToDecember() {
    Quarter quarter = Quarter.parse("2026-Q4");

    assertThat(quarter.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(quarter.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(quarter).hasToString("2026-Q4");
  }

  @Test
  void givenAFifthQuarter_parse_isRefused() {
    assertThatThrownBy(() -> Quarter.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
  }

  private static Target target(KpiFigure figure, String value) {
    return new Target(
        figure,
        Quarter.parse("2026-Q4"),
        new BigDecimal(value),
        TargetDirection.AT_MOST,
        "analyst",
        SET_AT);
  }
}
