package com.recoup.collections.application.port.out;

import com.recoup.collections.domain.ledger.CreditNote;
import com.recoup.collections.domain.ledger.DocumentNumber;
import java.util.Optional;

/** Keeps credit notes. */
public interface CreditNoteRepository {

  Optional<CreditNote> find(DocumentNumber number);

  void add(CreditNote creditNote);
}
