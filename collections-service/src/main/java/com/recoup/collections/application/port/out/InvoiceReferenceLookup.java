package com.recoup.collections.application.port.out;

import com.recoup.collections.domain.ledger.CreditorReference;
import com.recoup.collections.domain.ledger.Invoice;
import java.util.List;
import java.util.Set;

/**
 * Finds receivable invoices of any customer by what a payment quotes, so that a bank payment that
 * names no customer can be tied to the invoices it pays.
 */
public interface InvoiceReferenceLookup {

  /**
   * The receivable invoices whose number equals one of the words (compared without regard to case)
   * or whose creditor reference is one of the references.
   */
  List<Invoice> receivableInvoicesQuoted(Set<String> words, Set<CreditorReference> references);
}
