package com.recoup.collections.application.service;

import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.application.port.out.InvoiceReferenceLookup;
import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.application.port.out.PaymentRepository;
import com.recoup.collections.application.port.out.UnidentifiedPaymentRepository;
import com.recoup.collections.domain.ledger.CreditorReference;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.LedgerEvent;
import com.recoup.collections.domain.ledger.Payment;
import com.recoup.collections.domain.ledger.UnidentifiedPayment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The ports of the payment use case kept in maps, with the events it published. */
final class InMemoryBankLedger
    implements CustomerRepository, InvoiceRepository, InvoiceReferenceLookup, LedgerEventPublisher {

  final Map<CustomerNumber, Customer> customers = new LinkedHashMap<>();
  final Map<DocumentNumber, Invoice> invoices = new LinkedHashMap<>();
  final Map<DocumentNumber, Payment> payments = new LinkedHashMap<>();
  final Map<DocumentNumber, UnidentifiedPayment> unidentified = new LinkedHashMap<>();
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
    return Optional.ofNullable(invoices.get(number));
  }

  @Override
  public List<Invoice> lockOpenInvoicesOf(CustomerNumber customer) {
    return invoices.values().stream()
        .filter(i -> i.customer().equals(customer) && i.status().isReceivable())
        .toList();
  }

  @Override
  public void add(Invoice invoice) {
    invoices.put(invoice.number(), invoice);
  }

  @Override
  public void update(Invoice invoice) {
    invoices.put(invoice.number(), invoice);
  }

  @Override
  public List<Invoice> receivableInvoicesQuoted(
      Set<String> words, Set<CreditorReference> references) {
    return invoices.values().stream()
        .filter(i -> i.status().isReceivable())
        .filter(
            i ->
                words.contains(i.number().value().toUpperCase(Locale.ROOT))
                    || references.contains(i.creditorReference()))
        .toList();
  }

  @Override
  public void publish(LedgerEvent event) {
    events.add(event);
  }

  PaymentRepository paymentRepository() {
    return new PaymentRepository() {
      @Override
      public Optional<Payment> find(DocumentNumber reference) {
        return Optional.ofNullable(payments.get(reference));
      }

      @Override
      public void add(Payment payment) {
        payments.put(payment.reference(), payment);
      }
    };
  }

  UnidentifiedPaymentRepository unidentifiedRepository() {
    return new UnidentifiedPaymentRepository() {
      @Override
      public Optional<UnidentifiedPayment> find(DocumentNumber reference) {
        return Optional.ofNullable(unidentified.get(reference));
      }

      @Override
      public void add(UnidentifiedPayment payment) {
        unidentified.put(payment.reference(), payment);
      }
    };
  }
}
