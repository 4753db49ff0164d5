package com.recoup.collections.application.port.out;

import com.recoup.collections.domain.ledger.WriteOff;

/** Keeps write-offs. */
public interface WriteOffRepository {

  void add(WriteOff writeOff);
}
