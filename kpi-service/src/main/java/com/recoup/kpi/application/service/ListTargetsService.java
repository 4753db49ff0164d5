package com.recoup.kpi.application.service;

import com.recoup.kpi.application.port.in.ListTargetsCommand;
import com.recoup.kpi.application.port.in.ListTargetsUseCase;
import com.recoup.kpi.application.port.in.TargetPage;
import com.recoup.kpi.application.port.out.TargetRepository;
import com.recoup.kpi.domain.Target;
import java.util.List;

/** Lists targets a page at a time. */
public class ListTargetsService implements ListTargetsUseCase {

  private final TargetRepository targets;

  public ListTargetsService(TargetRepository targets) {
    this.targets = targets;
  }

  @Override
  public TargetPage list(ListTargetsCommand command) {
    int offset = command.page() * command.size();

    List<Target> items = targets.list(command.quarter(), offset, command.size());
    long total = targets.count(command.quarter());

    return new TargetPage(items, command.page(), command.size(), total);
  }
}
