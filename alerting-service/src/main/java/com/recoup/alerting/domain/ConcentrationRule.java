package com.recoup.alerting.domain;

import com.recoup.kernel.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Warns when one customer holds more than a threshold share of all open receivables, once the
 * portfolio is large enough for a share to mean something.
 *
 * @param threshold the share a customer must exceed (strictly) for the rule to fire
 * @param minimumPortfolioTotal the smallest portfolio, in its functional currency, that is judged;
 *     at most two decimals
 */
public record ConcentrationRule(
    RuleId id,
    Percentage threshold,
    BigDecimal minimumPortfolioTotal,
    Severity severity,
    boolean enabled)
    implements AlertRule {

  private static final int MINIMUM_SCALE = 2;

  public ConcentrationRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(minimumPortfolioTotal, "minimumPortfolioTotal");
    Objects.requireNonNull(severity, "severity");
    if (threshold.value().signum() == 0
        || minimumPortfolioTotal.signum() < 0
        || minimumPortfolioTotal.stripTrailingZeros().scale() > MINIMUM_SCALE) {
      throw new IllegalArgumentException(
          "rule %s needs a threshold above 0 and a minimum portfolio of at least 0.00"
              .formatted(id));
    }
    minimumPortfolioTotal = minimumPortfolioTotal.setScale(MINIMUM_SCALE, RoundingMode.UNNECESSARY);
  }

  @Override
  public RuleType type() {
    return RuleType.CONCENTRATION;
  }

  /** Judges one customer's open receivables against the portfolio they are part of. */
  public Evaluation evaluate(OpenReceivable customer, Money portfolioTotal) {
    Money owed = customer.owed();
    Percentage share =
        portfolioTotal.isPositive() ? Percentage.shareOf(owed, portfolioTotal) : Percentage.ZERO;
    boolean judged = portfolioTotal.amount().compareTo(minimumPortfolioTotal) >= 0;
    boolean breached = judged && share.isAbove(threshold);
    return new Evaluation(
        customer.customer(),
        breached,
        message(customer.customer(), share, owed, portfolioTotal, judged),
        figures(share, owed, portfolioTotal),
        portfolioTotal.currencyCode());
  }

  private String message(
      CustomerNumber customer, Percentage share, Money owed, Money total, boolean judged) {
    if (!judged) {
      return "open receivables of %s are below the %s minimum of rule %s"
          .formatted(total, minimumPortfolioTotal.toPlainString(), id);
    }
    String position = share.isAbove(threshold) ? "above" : "within";
    return "customer %s holds %s %% of open receivables (%s of %s), %s the %s %% threshold"
        .formatted(customer, share, owed.amount().toPlainString(), total, position, threshold);
  }

  private Map<String, String> figures(Percentage share, Money owed, Money total) {
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("share", share.toString());
    figures.put("threshold", threshold.toString());
    figures.put("customerOpenAmount", owed.amount().toPlainString());
    figures.put("portfolioTotal", total.amount().toPlainString());
    figures.put("minimumPortfolioTotal", minimumPortfolioTotal.toPlainString());
    return figures;
  }
}
