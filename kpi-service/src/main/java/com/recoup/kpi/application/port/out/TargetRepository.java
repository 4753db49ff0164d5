package com.recoup.kpi.application.port.out;

import com.recoup.kpi.domain.KpiFigure;
import com.recoup.kpi.domain.Quarter;
import com.recoup.kpi.domain.Target;
import java.util.List;
import java.util.Optional;

/** Stores the quarterly targets, one per figure and quarter. */
public interface TargetRepository {

  Optional<Target> find(KpiFigure figure, Quarter quarter);

  /** Inserts the target or replaces the one of the same figure and quarter. */
  void save(Target target);

  List<Target> list(Optional<Quarter> quarter, int offset, int limit);

  long count(Optional<Quarter> quarter);
}
