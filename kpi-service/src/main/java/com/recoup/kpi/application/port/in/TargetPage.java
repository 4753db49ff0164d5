package com.recoup.kpi.application.port.in;

import com.recoup.kpi.domain.Target;
import java.util.List;

/** One page of targets, newest quarter first, with the total across pages. */
public record TargetPage(List<Target> items, int page, int size, long total) {}
