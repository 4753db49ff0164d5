package com.recoup.credit.domain;

import com.recoup.kernel.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A block on a customer's credit (the plan's blacklist): while active, no new credit is to be
 * given. It is active from placement until it is released or its expiry date is reached.
 */
public final class CreditHold {

  private final CreditHoldId id;
  private final CustomerNumber customerNumber;
  private final HoldOrigin origin;
  private final String reason;
  private final String evidence;
  private final LocalDate expiresOn;
  private final String placedBy;
  private final Instant placedAt;
  private HoldRelease release;

  private CreditHold(Builder builder) {
    this.id = Objects.requireNonNull(builder.id, "id");
    this.customerNumber = Objects.requireNonNull(builder.customerNumber, "customerNumber");
    this.origin = Objects.requireNonNull(builder.origin, "origin");
    this.reason = builder.reason;
    this.evidence = builder.evidence;
    this.expiresOn = builder.expiresOn;
    this.placedBy = Objects.requireNonNull(builder.placedBy, "placedBy");
    this.placedAt = Objects.requireNonNull(builder.placedAt, "placedAt");
    this.release = builder.release;
  }

  /**
   * A credit manager puts a hold on by hand, on {@code today}; it needs a reason and, if it is to
   * expire, an expiry after today.
   */
  public static CreditHold placeManually(Builder builder, LocalDate today) {
    requireReason(builder.reason, "hold-reason-required", "a credit hold needs a reason");
    if (builder.expiresOn != null && !builder.expiresOn.isAfter(today)) {
      throw DomainException.ruleViolated(
          "hold-expiry-not-in-future",
          "a hold placed on %s must expire after that day, not on %s"
              .formatted(today, builder.expiresOn));
    }
    return new CreditHold(builder.origin(HoldOrigin.MANUAL));
  }

  /** A hold as it was stored, with no rule checked again. */
  public static CreditHold restore(Builder builder) {
    return new CreditHold(builder);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Lifts the hold; a hold can be lifted once, and only with a reason. */
  public CreditHoldReleased release(String releasedBy, Instant releasedAt, String releaseReason) {
    if (release != null) {
      throw DomainException.conflict(
          "hold-already-released", "credit hold " + id + " was released already");
    }
    requireReason(releaseReason, "release-reason-required", "releasing a hold needs a reason");
    release = new HoldRelease(releasedBy, releasedAt, releaseReason);
    return new CreditHoldReleased(id, customerNumber, releaseReason, releasedBy, releasedAt);
  }

  /** Active on a day when not released and not yet expired; it expires at the start of that day. */
  public boolean isActiveOn(LocalDate day) {
    return release == null && (expiresOn == null || day.isBefore(expiresOn));
  }

  public CreditHoldPlaced placed() {
    return new CreditHoldPlaced(
        id, customerNumber, origin, reason, evidence, expiresOn, placedBy, placedAt);
  }

  private static void requireReason(String reason, String code, String message) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.ruleViolated(code, message);
    }
  }

  public CreditHoldId id() {
    return id;
  }

  public CustomerNumber customerNumber() {
    return customerNumber;
  }

  public HoldOrigin origin() {
    return origin;
  }

  public String reason() {
    return reason;
  }

  public Optional<String> evidence() {
    return Optional.ofNullable(evidence);
  }

  public Optional<LocalDate> expiresOn() {
    return Optional.ofNullable(expiresOn);
  }

  public String placedBy() {
    return placedBy;
  }

  public Instant placedAt() {
    return placedAt;
  }

  public Optional<HoldRelease> release() {
    return Optional.ofNullable(release);
  }

  /** The facts of a hold, gathered before it is placed or restored. */
  public static final class Builder {
    private CreditHoldId id;
    private CustomerNumber customerNumber;
    private HoldOrigin origin;
    private String reason;
    private String evidence;
    private LocalDate expiresOn;
    private String placedBy;
    private Instant placedAt;
    private HoldRelease release;

    private Builder() {}

    public Builder id(CreditHoldId id) {
      this.id = id;
      return this;
    }

    public Builder customerNumber(CustomerNumber customerNumber) {
      this.customerNumber = customerNumber;
      return this;
    }

    public Builder origin(HoldOrigin origin) {
      this.origin = origin;
      return this;
    }

    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    public Builder evidence(String evidence) {
      this.evidence = evidence;
      return this;
    }

    public Builder expiresOn(LocalDate expiresOn) {
      this.expiresOn = expiresOn;
      return this;
    }

    public Builder placed(String placedBy, Instant placedAt) {
      this.placedBy = placedBy;
      this.placedAt = placedAt;
      return this;
    }

    public Builder release(HoldRelease release) {
      this.release = release;
      return this;
    }
  }
}
