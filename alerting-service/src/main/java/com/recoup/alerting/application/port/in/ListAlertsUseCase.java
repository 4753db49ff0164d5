package com.recoup.alerting.application.port.in;

/** Lists alerts, newest first, one page at a time, optionally filtered. */
public interface ListAlertsUseCase {

  AlertPage list(ListAlertsQuery query);
}
