package com.recoup.credit.adapter.in.rest;

import com.recoup.credit.domain.CreditHold;
import com.recoup.credit.domain.HoldRelease;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A credit hold as the API shows it; {@code active} is judged as of today. */
public record CreditHoldResponse(
    String id,
    String customerNumber,
    String origin,
    String reason,
    String evidence,
    LocalDate expiresOn,
    String placedBy,
    Instant placedAt,
    boolean active,
    String releasedBy,
    Instant releasedAt,
    String releaseReason) {

  static CreditHoldResponse of(CreditHold hold, LocalDate today) {
    Optional<HoldRelease> release = hold.release();
    return new CreditHoldResponse(
        hold.id().toString(),
        hold.customerNumber().value(),
        hold.origin().name(),
        hold.reason(),
        hold.evidence().orElse(null),
        hold.expiresOn().orElse(null),
        hold.placedBy(),
        hold.placedAt(),
        hold.isActiveOn(today),
        release.map(HoldRelease::releasedBy).orElse(null),
        release.map(HoldRelease::releasedAt).orElse(null),
        release.map(HoldRelease::reason).orElse(null));
  }
}
