package com.recoup.alerting.application.port.out;

import com.recoup.alerting.domain.Alert;

/** Announces each step of an alert's life to the rest of the suite, with the state change. */
public interface AlertEventPublisher {

  void raised(Alert alert);

  void acknowledged(Alert alert);

  void resolved(Alert alert);
}
