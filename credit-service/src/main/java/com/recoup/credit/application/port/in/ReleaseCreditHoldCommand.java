package com.recoup.credit.application.port.in;

import com.recoup.credit.domain.CreditHoldId;
import java.util.Objects;

/** A credit manager's request to lift a hold, saying why. */
public record ReleaseCreditHoldCommand(CreditHoldId holdId, String reason, String releasedBy) {

  public ReleaseCreditHoldCommand {
    Objects.requireNonNull(holdId, "holdId");
    Objects.requireNonNull(releasedBy, "releasedBy");
  }
}
