package com.recoup.collections.adapter.out.persistence;

import com.recoup.collections.application.port.out.InvoiceReferenceLookup;
import com.recoup.collections.domain.ledger.CreditorReference;
import com.recoup.collections.domain.ledger.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Looks up receivable invoices by the words and creditor references a payment quotes, through the
 * indexes on upper(invoice_number) and creditor_reference.
 */
@ApplicationScoped
public class InvoiceReferencePersistenceAdapter implements InvoiceReferenceLookup {

  /** A remittance text has a few dozen words; more are noise and would bloat the query. */
  static final int MAX_WORDS = 200;

  @Override
  public List<Invoice> receivableInvoicesQuoted(
      Set<String> words, Set<CreditorReference> references) {
    List<String> upperWords = words.stream().limit(MAX_WORDS).toList();
    List<String> quoted = references.stream().map(CreditorReference::value).toList();
    if (upperWords.isEmpty() && quoted.isEmpty()) {
      return List.of();
    }
    return InvoiceJpaEntity.<InvoiceJpaEntity>find(
            "status in ('OPEN', 'PARTLY_PAID', 'DISPUTED')"
                + " and (upper(invoiceNumber) in ?1 or creditorReference in ?2)",
            upperWords.isEmpty() ? List.of("") : upperWords,
            quoted.isEmpty() ? List.of("") : quoted)
        .stream()
        .map(InvoicePersistenceAdapter::toInvoice)
        .toList();
  }
}
