package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.application.port.out.ReceivablesAgeing;
import com.recoup.collections.domain.ageing.AgeingBuckets;
import com.recoup.collections.domain.ageing.AgeingGroup;
import com.recoup.collections.domain.ageing.AgeingReport;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Ages the receivables inside PostgreSQL, in one aggregating query. */
@ApplicationScoped
public class ReceivablesAgeingSqlAdapter implements ReceivablesAgeing {

  private final AgroalDataSource dataSource;

  public ReceivablesAgeingSqlAdapter(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<AgeingReport.Tally> tally(
      LocalDate asOf, AgeingGroup groupBy, AgeingBuckets buckets, Currency functionalCurrency) {
    try (Connection connection = dataSource.getConnection()) {
      return AgeingSql.tally(connection, asOf, groupBy, buckets, functionalCurrency);
    } catch (SQLException e) {
      throw new IllegalStateException("the ageing query failed", e);
    }
  }
}
