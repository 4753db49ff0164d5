package com.recoup.alerting.application.port.in;

import com.recoup.alerting.domain.Alert;
import java.util.List;

/** One page of alerts and how many match in all. */
public record AlertPage(List<Alert> alerts, int page, int size, long total) {

  public AlertPage {
    alerts = List.copyOf(alerts);
  }
}
