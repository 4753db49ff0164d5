package com.recoup.alerting.domain;

/** How urgently an alert asks for a person's attention. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL
}
