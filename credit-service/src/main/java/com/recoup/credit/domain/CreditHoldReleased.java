package com.recoup.credit.domain;

import java.time.Instant;

/** A hold on a customer's credit was lifted. */
public record CreditHoldReleased(
    CreditHoldId holdId,
    CustomerNumber customerNumber,
    String reason,
    String releasedBy,
    Instant releasedAt) {}
