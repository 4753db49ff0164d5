package com.recoup.collections.application.port.out;

import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import java.util.List;
import java.util.Optional;

/** Keeps invoices and their open amounts. */
public interface InvoiceRepository {

  Optional<Invoice> find(DocumentNumber number);

  /** The customer's receivable invoices, locked until the transaction ends. */
  List<Invoice> lockOpenInvoicesOf(CustomerNumber customer);

  /** The invoice, locked until the transaction ends, so that two changes cannot cross. */
  default Optional<Invoice> findForUpdate(DocumentNumber number) {
    return find(number);
  }

  void add(Invoice invoice);

  void update(Invoice invoice);
}
