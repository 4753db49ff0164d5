package com.recoup.collections.application.service;

import com.recoup.collections.application.port.out.CreditNoteRepository;
import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.application.port.out.PaymentRepository;
import com.recoup.collections.application.port.out.WriteOffRepository;
import com.recoup.collections.domain.ledger.CreditNote;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.LedgerEvent;
import com.recoup.collections.domain.ledger.Payment;
import com.recoup.collections.domain.ledger.WriteOff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger's outgoing ports held in memory, for use-case tests. Like a database it hands out
 * copies, so a change a use case makes counts only once the use case saves it.
 */
class InMemoryLedger
    implements CustomerRepository, InvoiceRepository, WriteOffRepository, LedgerEventPublisher {

  final Map<CustomerNumber, Customer> customers = new LinkedHashMap<>();
  final Map<DocumentNumber, Invoice> invoices = new LinkedHashMap<>();
  final Map<DocumentNumber, Payment> payments = new LinkedHashMap<>();
  final Map<DocumentNumber, CreditNote> creditNotes = new LinkedHashMap<>();
  final List<WriteOff> writeOffs = new ArrayList<>();
  final List<LedgerEvent> events = new ArrayList<>();

  @Override
  public Optional<Customer> find(CustomerNumber number) {
    return Optional.ofNullable(customers.get(number));
  }

  @Override
  public void save(Customer customer) {
    customers.put(customer.number(), customer);
  }

  @Override
  public Optional<Invoice> find(DocumentNumber number) {
    return Optional.ofNullable(invoices.get(number)).map(InMemoryLedger::copy);
  }

  @Override
  public List<Invoice> lockOpenInvoicesOf(CustomerNumber customer) {
    return invoices.values().stream()
        .filter(i -> i.customer().equals(customer) && i.status().isReceivable())
        .sorted(Comparator.comparing(Invoice::dueDate))
        .map(InMemoryLedger::copy)
        .toList();
  }

  @Override
  public void add(Invoice invoice) {
    invoices.put(invoice.number(), copy(invoice));
  }

  @Override
  public void update(Invoice invoice) {
    invoices.put(invoice.number(), copy(invoice));
  }

  final PaymentRepository paymentRepository =
      new PaymentRepository() {
        @Override
        public Optional<Payment> find(DocumentNumber reference) {
          return Optional.ofNullable(payments.get(reference));
        }

        @Override
        public void add(Payment payment) {
          payments.put(
              payment.reference(), Payment.restore(payment.receipt(), payment.allocations()));
        }
      };

  final CreditNoteRepository creditNoteRepository =
      new CreditNoteRepository() {
        @Override
        public Optional<CreditNote> find(DocumentNumber number) {
          return Optional.ofNullable(creditNotes.get(number));
        }

        @Override
        public void add(CreditNote creditNote) {
          creditNotes.put(creditNote.number(), creditNote);
        }
      };

  @Override
  public void add(WriteOff writeOff) {
    writeOffs.add(writeOff);
  }

  @Override
  public void publish(LedgerEvent event) {
    events.add(event);
  }

  Invoice invoice(String number) {
    return invoices.get(new DocumentNumber(number));
  }

  private static Invoice copy(Invoice i) {
    return Invoice.restore(
        i.terms(),
        i.openAmount(),
        i.status(),
        i.cancellation().orElse(null),
        i.dispute().orElse(null));
  }
}
