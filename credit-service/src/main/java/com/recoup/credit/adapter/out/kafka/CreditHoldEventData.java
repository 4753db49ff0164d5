package com.recoup.credit.adapter.out.kafka;

import java.time.Instant;
import java.time.LocalDate;

/** The data of the hold events as their JSON Schemas in deploy/contracts define it. */
final class CreditHoldEventData {

  private CreditHoldEventData() {}

  /** {@code recoup.credit.hold.placed.v1}. */
  record Placed(
      String holdId,
      String customerNumber,
      String origin,
      String reason,
      String evidence,
      LocalDate expiresOn,
      String placedBy,
      Instant placedAt) {}

  /** {@code recoup.credit.hold.released.v1}. */
  record Released(
      String holdId, String customerNumber, String reason, String releasedBy, Instant releasedAt) {}
}
