package com.recoup.alerting.domain;

/**
 * One rule of the early-warning catalogue, held as data (type, parameters, severity, on or off)
 * rather than as code, so that thresholds change without a release.
 */
public sealed interface AlertRule permits ConcentrationRule {

  RuleId id();

  RuleType type();

  Severity severity();

  boolean enabled();
}
