package com.recoup.alerting.application.port.out;

import com.recoup.alerting.domain.CustomerNumber;
import com.recoup.alerting.domain.OpenReceivable;
import com.recoup.kernel.domain.Money;
import java.util.Currency;

/**
 * The portfolio view: each customer's open receivables per functional currency. A company normally
 * reports in one functional currency and so has one portfolio.
 */
public interface OpenReceivableRepository {

  /** The customer's balance, or a zero balance when nothing was seen for it yet. */
  OpenReceivable find(CustomerNumber customer, Currency currency);

  void save(OpenReceivable receivable);

  /** All that customers owe in this currency; balances below zero count as nothing owed. */
  Money portfolioTotal(Currency currency);
}
