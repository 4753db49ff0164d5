package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.application.port.out.CreditNoteRepository;
import com.recoup.collections.domain.ledger.CreditNote;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.kernel.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Keeps credit notes in PostgreSQL. */
@ApplicationScoped
public class CreditNotePersistenceAdapter implements CreditNoteRepository {

  @Override
  public Optional<CreditNote> find(DocumentNumber number) {
    return CreditNoteJpaEntity.<CreditNoteJpaEntity>findByIdOptional(number.value())
        .map(CreditNotePersistenceAdapter::toCreditNote);
  }

  @Override
  public void add(CreditNote creditNote) {
    CreditNoteJpaEntity row = new CreditNoteJpaEntity();
    row.creditNoteNumber = creditNote.number().value();
    row.customerNumber = creditNote.customer().value();
    row.invoiceNumber = creditNote.invoiceNumber().map(DocumentNumber::value).orElse(null);
    row.issueDate = creditNote.issueDate();
    row.currency = creditNote.amount().currencyCode();
    row.amount = creditNote.amount().amount();
    row.functionalCurrency = creditNote.functionalAmount().currencyCode();
    row.functionalAmount = creditNote.functionalAmount().amount();
    row.reason = creditNote.reason();
    row.persist();
  }

  static CreditNote toCreditNote(CreditNoteJpaEntity row) {
    return new CreditNote(
        new DocumentNumber(row.creditNoteNumber),
        new CustomerNumber(row.customerNumber),
        row.invoiceNumber == null ? null : new DocumentNumber(row.invoiceNumber),
        row.issueDate,
        Money.of(row.amount, row.currency),
        Money.of(row.functionalAmount, row.functionalCurrency),
        row.reason);
  }
}
