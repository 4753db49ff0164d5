package com.recoup.credit.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A hold was put on a customer's credit. */
public record CreditHoldPlaced(
    CreditHoldId holdId,
    CustomerNumber customerNumber,
    HoldOrigin origin,
    String reason,
    String evidence,
    LocalDate expiresOn,
    String placedBy,
    Instant placedAt) {}
