package com.recoup.credit.application.port.in;

import com.recoup.credit.domain.CreditHold;

/** Puts a manual hold on a customer's credit and announces it. */
public interface PlaceCreditHoldUseCase {

  CreditHold place(PlaceCreditHoldCommand command);
}
