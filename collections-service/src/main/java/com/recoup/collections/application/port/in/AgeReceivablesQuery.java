package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.ageing.AgeingBuckets;
import com.recoup.collections.domain.ageing.AgeingGroup;
import java.time.LocalDate;
import java.util.Objects;

/** Which ageing: as of which day (today when none is given), grouped how, in which buckets. */
public record AgeReceivablesQuery(LocalDate asOf, AgeingGroup groupBy, AgeingBuckets buckets) {

  public AgeReceivablesQuery {
    Objects.requireNonNull(groupBy, "groupBy");
    Objects.requireNonNull(buckets, "buckets");
  }
}
