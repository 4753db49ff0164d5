package com.recoup.alerting.application.port.in;

/**
 * Takes one change of a customer's open receivables from the ledger into the portfolio view and
 * evaluates the early-warning rules it may trip or clear.
 */
public interface RecordLedgerMovementUseCase {

  void record(RecordLedgerMovementCommand command);
}
