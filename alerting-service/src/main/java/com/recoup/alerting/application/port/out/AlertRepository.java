package com.recoup.alerting.application.port.out;

import com.recoup.alerting.application.port.in.AlertPage;
import com.recoup.alerting.application.port.in.ListAlertsQuery;
import com.recoup.alerting.domain.Alert;
import com.recoup.alerting.domain.AlertId;
import com.recoup.alerting.domain.RuleId;
import java.util.List;
import java.util.Optional;

/**
 * Stores alerts. The lookups that precede a change lock the alert until the transaction ends, so
 * that an acknowledgement and a resolution of the same alert cannot overwrite each other.
 */
public interface AlertRepository {

  /** The rule's one active (open or acknowledged) alert on the subject, locked. */
  Optional<Alert> findActive(RuleId rule, String subject);

  /** The rule's active alerts whose figures are in the given functional currency. */
  List<Alert> findActiveInCurrency(RuleId rule, String currency);

  /** The alert, locked. */
  Optional<Alert> findById(AlertId id);

  void save(Alert alert);

  AlertPage search(ListAlertsQuery query);
}
