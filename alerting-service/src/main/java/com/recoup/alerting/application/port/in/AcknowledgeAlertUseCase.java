package com.recoup.alerting.application.port.in;

import com.recoup.alerting.domain.Alert;

/** A person takes note of an open alert; the acknowledgement is published. */
public interface AcknowledgeAlertUseCase {

  Alert acknowledge(AcknowledgeAlertCommand command);
}
