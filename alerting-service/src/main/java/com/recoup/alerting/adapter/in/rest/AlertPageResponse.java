package com.recoup.alerting.adapter.in.rest;

import com.recoup.alerting.application.port.in.AlertPage;
import java.util.List;

/** One page of alerts, with the page asked for and the number of alerts that match in all. */
public record AlertPageResponse(List<AlertResponse> items, int page, int size, long total) {

  static AlertPageResponse of(AlertPage page) {
    return new AlertPageResponse(
        page.alerts().stream().map(AlertResponse::of).toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
