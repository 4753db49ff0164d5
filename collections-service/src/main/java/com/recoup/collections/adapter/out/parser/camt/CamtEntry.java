package com.recoup.collections.adapter.out.parser.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One booking line (Ntry) of a camt statement, report or notification, with its transactions
 * (TxDtls), in the terms every camt version from .02 to .10 shares.
 */
record CamtEntry(
    String statementId,
    String account,
    int index,
    BigDecimal amount,
    String currency,
    boolean credit,
    boolean reversal,
    String status,
    LocalDate valueDate,
    LocalDate bookingDate,
    String accountServicerReference,
    String entryReference,
    String additionalInformation,
    List<Transaction> transactions) {

  /** One transaction (TxDtls) inside an entry; a batch booking has several. */
  record Transaction(
      BigDecimal amount,
      String currency,
      String accountServicerReference,
      String endToEndId,
      List<String> unstructured,
      List<String> creditorReferences,
      String debtorName,
      String debtorAccount,
      String additionalInformation) {}

  /** Booked, or stated without status (camt.054 often omits it). */
  boolean isBooked() {
    return status == null || status.isBlank() || status.equals("BOOK");
  }
}
