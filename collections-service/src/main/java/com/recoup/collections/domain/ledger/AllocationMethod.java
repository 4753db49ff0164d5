package com.recoup.collections.domain.ledger;

/** How a payment found its invoice, in the order cash application tries them. */
public enum AllocationMethod {
  EXPLICIT,
  INVOICE_NUMBER,
  CREDITOR_REFERENCE,
  END_TO_END_ID,
  EXACT_AMOUNT,
  OLDEST_FIRST
}
