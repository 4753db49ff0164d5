package com.recoup.kpi.adapter.in.rest;

import com.recoup.kpi.application.port.in.TargetPage;
import java.util.List;

/** A page of targets with the total across pages. */
public record TargetPageResponse(List<TargetResponse> items, int page, int size, long total) {

  static TargetPageResponse of(TargetPage page) {
    return new TargetPageResponse(
        page.items().stream().map(TargetResponse::of).toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
