package com.recoup.credit.application.port.in;

/**
 * Keeps the credit profile in step with the ledger; the caller applies each fact once and in the
 * order the ledger produced it.
 */
public interface UpdateCreditProfileUseCase {

  void update(UpdateCreditProfileCommand command);
}
