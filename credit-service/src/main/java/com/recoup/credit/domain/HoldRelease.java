package com.recoup.credit.domain;

import java.time.Instant;
import java.util.Objects;

/** Who lifted a hold, when and why. */
public record HoldRelease(String releasedBy, Instant releasedAt, String reason) {

  public HoldRelease {
    Objects.requireNonNull(releasedBy, "releasedBy");
    Objects.requireNonNull(releasedAt, "releasedAt");
    Objects.requireNonNull(reason, "reason");
  }
}
