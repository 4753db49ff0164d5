package com.recoup.kernel.domain;

import java.util.Objects;

/**
 * A business rule said no. Carries a stable, kebab-case error code that clients may rely on, and
 * the kind of refusal, which the REST adapter turns into an HTTP status.
 */
public class DomainException extends RuntimeException {

  /** How a refusal reads to a caller. */
  public enum Kind {
    /** The request breaks a rule of the domain (HTTP 422). */
    RULE_VIOLATED,
    /** The request clashes with the current state (HTTP 409). */
    CONFLICT,
    /** What the request names does not exist (HTTP 404). */
    NOT_FOUND
  }

  private final String code;
  private final Kind kind;

  public DomainException(Kind kind, String code, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind);
    this.code = Objects.requireNonNull(code);
  }

  public static DomainException ruleViolated(String code, String message) {
    return new DomainException(Kind.RULE_VIOLATED, code, message);
  }

  public static DomainException conflict(String code, String message) {
    return new DomainException(Kind.CONFLICT, code, message);
  }

  public static DomainException notFound(String code, String message) {
    return new DomainException(Kind.NOT_FOUND, code, message);
  }

  public String code() {
    return code;
  }

  public Kind kind() {
    return kind;
  }
}
