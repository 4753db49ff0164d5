package com.recoup.collections.domain.ledger;

/** Where an invoice stands in its life in the ledger. */
public enum InvoiceStatus {
  OPEN,
  PARTLY_PAID,
  PAID,
  DISPUTED,
  WRITTEN_OFF,
  CANCELLED;

  public boolean isReceivable() {
    return this == OPEN || this == PARTLY_PAID || this == DISPUTED;
  }
}
