package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.AgeReceivablesQuery;
import com.recoup.collections.application.port.in.AgeReceivablesUseCase;
import com.recoup.collections.application.port.out.ReceivablesAgeing;
import com.recoup.collections.domain.ageing.AgeingReport;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Ages the ledger's open receivables; the adding up happens where the data lives. */
@Transactional
public class AgeReceivablesService implements AgeReceivablesUseCase {

  private final ReceivablesAgeing ageing;
  private final FunctionalCurrency functionalCurrency;
  private final Clock clock;

  public AgeReceivablesService(
      ReceivablesAgeing ageing, FunctionalCurrency functionalCurrency, Clock clock) {
    this.ageing = ageing;
    this.functionalCurrency = functionalCurrency;
    this.clock = clock;
  }

  @Override
  public AgeingReport age(AgeReceivablesQuery query) {
    LocalDate asOf = query.asOf() != null ? query.asOf() : LocalDate.now(clock);

    List<AgeingReport.Tally> tallies =
        ageing.tally(asOf, query.groupBy(), query.buckets(), functionalCurrency.currency());

    return AgeingReport.compile(
        asOf, query.groupBy(), query.buckets(), functionalCurrency.currency(), tallies);
  }
}
