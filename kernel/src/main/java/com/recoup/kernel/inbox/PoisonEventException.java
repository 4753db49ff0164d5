package com.recoup.kernel.inbox;

/**
 * An inbound event that can never be applied (not JSON, not a valid CloudEvent, not matching its
 * schema, or refused by the domain). It goes to the dead-letter topic with this message as the
 * reason instead of blocking its partition.
 */
public class PoisonEventException extends RuntimeException {

  public PoisonEventException(String reason) {
    super(reason);
  }

  public PoisonEventException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
