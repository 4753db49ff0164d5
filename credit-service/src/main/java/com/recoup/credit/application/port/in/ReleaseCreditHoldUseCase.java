package com.recoup.credit.application.port.in;

import com.recoup.credit.domain.CreditHold;

/** Lifts a hold on a customer's credit and announces it. */
public interface ReleaseCreditHoldUseCase {

  CreditHold release(ReleaseCreditHoldCommand command);
}
