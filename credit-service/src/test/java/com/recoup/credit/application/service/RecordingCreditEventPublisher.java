package com.recoup.credit.application.service;

import com.recoup.credit.application.port.out.CreditEventPublisher;
import com.recoup.credit.domain.CreditHoldPlaced;
import com.recoup.credit.domain.CreditHoldReleased;
import java.util.ArrayList;
import java.util.List;

/** A fake publisher that remembers what it was asked to announce. */
class RecordingCreditEventPublisher implements CreditEventPublisher {

  final List<Object> published = new ArrayList<>();

  @Override
  public void holdPlaced(CreditHoldPlaced event) {
    published.add(event);
  }

  @Override
  public void holdReleased(CreditHoldReleased event) {
    published.add(event);
  }
}
