package com.recoup.collections.domain.ledger;

/** How a contact prefers to hear from the collectors. */
public enum ContactChannel {
  EMAIL,
  LETTER,
  PHONE
}
