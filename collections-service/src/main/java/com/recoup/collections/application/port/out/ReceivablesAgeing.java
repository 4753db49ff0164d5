package com.recoup.collections.application.port.out;

import com.recoup.collections.domain.ageing.AgeingBuckets;
import com.recoup.collections.domain.ageing.AgeingGroup;
import com.recoup.collections.domain.ageing.AgeingReport;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Adds up the open amounts of all invoices as of a day per group, document currency and bucket of
 * days past due, where the data lives (an invoice counts when issued on or before the day, with its
 * amount less everything dated on or before the day that lowered it).
 */
public interface ReceivablesAgeing {

  List<AgeingReport.Tally> tally(
      LocalDate asOf, AgeingGroup groupBy, AgeingBuckets buckets, Currency functionalCurrency);
}
