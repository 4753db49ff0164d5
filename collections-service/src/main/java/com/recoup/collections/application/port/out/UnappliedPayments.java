package com.recoup.collections.application.port.out;

import com.recoup.collections.application.port.in.ListUnappliedPaymentsUseCase.UnappliedPage;

/** Reads the payments waiting for review: money left unapplied, and unidentified bank payments. */
public interface UnappliedPayments {

  UnappliedPage page(int page, int size);
}
