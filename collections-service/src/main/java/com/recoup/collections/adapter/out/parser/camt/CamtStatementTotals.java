package com.recoup.collections.adapter.out.parser.camt;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The balances and booked movements of one statement, to check that opening + credits − debits =
 * closing. Balances are signed (DBIT negative); null when the statement does not state them.
 *
 * @param openingType OPBD, or PRCD when the statement gives the previous closing instead
 */
record CamtStatementTotals(
    String statementId,
    String openingType,
    BigDecimal opening,
    String openingCurrency,
    BigDecimal closing,
    String closingCurrency,
    Map<String, BigDecimal> credits,
    Map<String, BigDecimal> debits) {

  /** True when both balances are stated in one currency that all movements share. */
  boolean checkable() {
    if (opening == null || closing == null || !openingCurrency.equals(closingCurrency)) {
      return false;
    }
    return credits.keySet().stream().allMatch(openingCurrency::equals)
        && debits.keySet().stream().allMatch(openingCurrency::equals);
  }

  BigDecimal credited() {
    return credits.getOrDefault(openingCurrency, BigDecimal.ZERO);
  }

  BigDecimal debited() {
    return debits.getOrDefault(openingCurrency, BigDecimal.ZERO);
  }

  boolean reconciles() {
    return opening.add(credited()).subtract(debited()).compareTo(closing) == 0;
  }

  String explanation() {
    BigDecimal computed = opening.add(credited()).subtract(debited());
    return ("statement %s does not reconcile: opening (%s) %s + credits %s − debits %s = %s %s,"
            + " but the closing balance (CLBD) is %s %s")
        .formatted(
            statementId,
            openingType,
            opening.toPlainString(),
            credited().toPlainString(),
            debited().toPlainString(),
            computed.toPlainString(),
            openingCurrency,
            closing.toPlainString(),
            closingCurrency);
  }
}
