package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ageing.AgeingReport;

/** Ages the open receivables of the whole ledger as of a day. */
public interface AgeReceivablesUseCase {

  AgeingReport age(AgeReceivablesQuery query);
}
