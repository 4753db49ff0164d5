package com.recoup.alerting.application.service;

import com.recoup.alerting.application.port.in.AlertPage;
import com.recoup.alerting.application.port.in.ListAlertsQuery;
import com.recoup.alerting.application.port.in.ListAlertsUseCase;
import com.recoup.alerting.application.port.out.AlertRepository;

/** Reads alerts for people and front ends. */
public class ListAlertsService implements ListAlertsUseCase {

  private final AlertRepository alerts;

  public ListAlertsService(AlertRepository alerts) {
    this.alerts = alerts;
  }

  @Override
  public AlertPage list(ListAlertsQuery query) {
    return alerts.search(query);
  }
}
