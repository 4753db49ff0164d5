package com.recoup.alerting.domain;

import static com.recoup.alerting.domain.Rules.CONCENTRATION_25;
import static com.recoup.alerting.domain.Rules.eur;
import static com.recoup.alerting.domain.Rules.owes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ConcentrationRuleTest {

  @Test
  void givenCustomerHoldingThirtyPercent_evaluate_breachesTheTwentyFivePercentRule() {
    // 30,000 / 100,000 x 100 = 30.00 % > 25.00 %
    Evaluation evaluation = CONCENTRATION_25.evaluate(owes("A", "30000.00"), eur("100000.00"));

    assertThat(evaluation.breached()).isTrue();
    assertThat(evaluation.subject()).isEqualTo("customer/A");
    assertThat(evaluation.currency()).isEqualTo("EUR");
    assertThat(evaluation.figures())
        .containsEntry("share", "30.00")
        .containsEntry("threshold", "25.00")
        .containsEntry("customerOpenAmount", "30000.00")
        .containsEntry("portfolioTotal", "100000.00")
        .containsEntry("minimumPortfolioTotal", "10000.00");
    assertThat(evaluation.message())
        .isEqualTo(
            "customer A holds 30.00 % of open receivables (30000.00 of 100000.00 EUR),"
                + " above the 25.00 % threshold");
  }

  @Test
  void givenTheCustomerPaidTenThousand_evaluate_clears() {
    // A pays 10,000: 20,000 / 90,000 x 100 = 22.222... -> 22.22 % <= 25.00 %
    Evaluation evaluation = CONCENTRATION_25.evaluate(owes("A", "20000.00"), eur("90000.00"));

    assertThat(evaluation.breached()).isFalse();
    assertThat(evaluation.figures())
        .containsEntry("share", "22.22")
        .containsEntry("customerOpenAmount", "20000.00")
        .containsEntry("portfolioTotal", "90000.00");
  }

  @Test
  void givenShareExactlyAtTheThreshold_evaluate_clears() {
    // 25,000 / 100,000 = 25.00 %, not above 25.00 %
    assertThat(CONCENTRATION_25.evaluate(owes("A", "25000.00"), eur("100000.00")).breached())
        .isFalse();
  }

  @Test
  void givenShareJustAboveTheThresholdAfterRounding_evaluate_comparesTheRoundedShare() {
    // 25,005 / 100,000 = 25.005 % -> half up 25.01 % > 25.00 %
    // 25,004 / 100,000 = 25.004 % -> 25.00 %, not above
    assertThat(CONCENTRATION_25.evaluate(owes("A", "25005.00"), eur("100000.00")).breached())
        .isTrue();
    assertThat(CONCENTRATION_25.evaluate(owes("A", "25004.00"), eur("100000.00")).breached())
        .isFalse();
  }

  @Test
  void givenPortfolioBelowTheMinimum_evaluate_clearsWhateverTheShare() {
    // 6,000 / 8,000 = 75.00 %, but 8,000 < 10,000: too small a portfolio to judge
    Evaluation evaluation = CONCENTRATION_25.evaluate(owes("A", "6000.00"), eur("8000.00"));

    assertThat(evaluation.breached()).isFalse();
    assertThat(evaluation.figures()).containsEntry("share", "75.00");
    assertThat(evaluation.message())
        .isEqualTo(
            "open receivables of 8000.00 EUR are below the 10000.00 minimum of rule"
                + " concentration-25");
  }

  @Test
  void givenPortfolioExactlyAtTheMinimum_evaluate_judgesIt() {
    // 6,000 / 10,000 = 60.00 % > 25.00 %, and 10,000 >= 10,000
    assertThat(CONCENTRATION_25.evaluate(owes("A", "6000.00"), eur("10000.00")).breached())
        .isTrue();
  }

  @Test
  void givenCustomerBalanceBelowZero_evaluate_countsNothingOwed() {
    // an allocation whose invoice was never seen leaves -500.00: owed 0.00, share 0.00 %
    Evaluation evaluation = CONCENTRATION_25.evaluate(owes("A", "-500.00"), eur("50000.00"));

    assertThat(evaluation.breached()).isFalse();
    assertThat(evaluation.figures())
        .containsEntry("share", "0.00")
        .containsEntry("customerOpenAmount", "0.00");
  }

  @Test
  void givenEmptyPortfolio_evaluate_clearsWithZeroShare() {
    Evaluation evaluation = CONCENTRATION_25.evaluate(owes("A", "0.00"), eur("0.00"));

    assertThat(evaluation.breached()).isFalse();
    assertThat(evaluation.figures()).containsEntry("share", "0.00");
  }

  @Test
  void givenZeroThreshold_construct_refusesTheRule() {
    assertThatThrownBy(
            () ->
                new ConcentrationRule(
                    new RuleId("concentration-0"),
                    Percentage.of("0"),
                    BigDecimal.ZERO,
                    Severity.INFO,
                    true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concentration-0");
  }
}
