package com.recoup.collections.application.port.out;

import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.UnidentifiedPayment;
import java.util.Optional;

/** Keeps bank payments that no customer could be identified for, until a person does. */
public interface UnidentifiedPaymentRepository {

  Optional<UnidentifiedPayment> find(DocumentNumber reference);

  void add(UnidentifiedPayment payment);
}
