package com.recoup.kpi.application.port.in;

import com.recoup.kpi.domain.Quarter;
import java.util.Optional;

/** Which page of targets to list, of one quarter or of all. */
public record ListTargetsCommand(Optional<Quarter> quarter, int page, int size) {

  public static final int MAX_SIZE = 200;

  public ListTargetsCommand {
    if (page < 0) {
      throw new IllegalArgumentException("page starts at 0: " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size lies between 1 and " + MAX_SIZE + ": " + size);
    }
  }
}
