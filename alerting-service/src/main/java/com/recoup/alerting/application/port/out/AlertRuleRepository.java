package com.recoup.alerting.application.port.out;

import com.recoup.alerting.domain.AlertRule;
import java.util.List;

/** The configured rule catalogue, validated as it is read. */
public interface AlertRuleRepository {

  List<AlertRule> enabledRules();
}
