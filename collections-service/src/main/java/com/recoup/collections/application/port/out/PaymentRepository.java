package com.recoup.collections.application.port.out;

import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Payment;
import java.util.Optional;

/** Keeps payments and their allocations. */
public interface PaymentRepository {

  Optional<Payment> find(DocumentNumber reference);

  void add(Payment payment);
}
