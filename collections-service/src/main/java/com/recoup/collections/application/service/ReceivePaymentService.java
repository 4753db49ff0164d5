package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.ReceivePaymentCommand;
import com.recoup.collections.application.port.in.ReceivePaymentUseCase;
import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.application.port.out.InvoiceReferenceLookup;
import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.application.port.out.PaymentRepository;
import com.recoup.collections.application.port.out.UnidentifiedPaymentRepository;
import com.recoup.collections.domain.ledger.Allocation;
import com.recoup.collections.domain.ledger.AllocationMethod;
import com.recoup.collections.domain.ledger.CashApplication;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.LedgerEvent;
import com.recoup.collections.domain.ledger.Payment;
import com.recoup.collections.domain.ledger.UnidentifiedPayment;
import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Posts payments and applies them to the customer's open invoices. A payment that names no customer
 * (from a bank file) takes its customer from the invoices its remittance names; when those do not
 * lead to exactly one customer it is kept as unidentified cash for review.
 */
@Transactional
public class ReceivePaymentService implements ReceivePaymentUseCase {

  private final CustomerRepository customers;
  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final LedgerEventPublisher events;
  private final FunctionalCurrency functionalCurrency;
  private final InvoiceReferenceLookup quoted;
  private final UnidentifiedPaymentRepository unidentified;

  public ReceivePaymentService(
      CustomerRepository customers,
      InvoiceRepository invoices,
      PaymentRepository payments,
      LedgerEventPublisher events,
      FunctionalCurrency functionalCurrency,
      InvoiceReferenceLookup quoted,
      UnidentifiedPaymentRepository unidentified) {
    this.customers = customers;
    this.invoices = invoices;
    this.payments = payments;
    this.events = events;
    this.functionalCurrency = functionalCurrency;
    this.quoted = quoted;
    this.unidentified = unidentified;
  }

  @Override
  public Result receive(ReceivePaymentCommand command) {
    if (command.customerNumber() == null) {
      return receiveWithoutCustomer(command);
    }
    return receiveForCustomer(command);
  }

  private Result receiveWithoutCustomer(ReceivePaymentCommand command) {
    DocumentNumber reference = new DocumentNumber(command.paymentReference());
    Optional<Payment> identifiedBefore = payments.find(reference);
    if (identifiedBefore.isPresent()) {
      return repeatedBankPayment(identifiedBefore.get(), command);
    }
    UnidentifiedPayment unnamed = unidentifiedOf(reference, command);
    Optional<UnidentifiedPayment> keptBefore = unidentified.find(reference);
    if (keptBefore.isPresent()) {
      return repeated(keptBefore.get(), unnamed);
    }

    CashApplication.Remittance remittance =
        new CashApplication.Remittance(command.remittanceInformation(), command.endToEndId());
    List<Invoice> named = invoicesQuotedBy(remittance);
    Optional<CustomerNumber> customer = CashApplication.customerNamedBy(remittance, named);
    if (customer.isPresent()) {
      return receiveForCustomer(identified(command, customer.get(), named));
    }

    unidentified.add(unnamed);
    return Result.unidentified(unnamed, true);
  }

  private List<Invoice> invoicesQuotedBy(CashApplication.Remittance remittance) {
    Set<String> words = new LinkedHashSet<>(CashApplication.tokensOf(remittance.text()));
    words.addAll(CashApplication.tokensOf(remittance.endToEndId()));
    return quoted.receivableInvoicesQuoted(words, remittance.creditorReferences());
  }

  /**
   * The payment for the customer found. A bank states no exchange rate: a payment in a foreign
   * currency takes the rate of the invoice it names, so that it is valued as the invoice was.
   */
  private ReceivePaymentCommand identified(
      ReceivePaymentCommand command, CustomerNumber customer, List<Invoice> named) {
    ReceivePaymentCommand forCustomer = command.forCustomer(customer.value());
    if (command.exchangeRate() != null
        || command.amount().currency().equals(functionalCurrency.currency())) {
      return forCustomer;
    }
    return named.stream()
        .filter(i -> i.customer().equals(customer))
        .filter(i -> i.amount().currency().equals(command.amount().currency()))
        .findFirst()
        .map(i -> forCustomer.withExchangeRate(i.exchangeRate()))
        .orElse(forCustomer);
  }

  /** A bank payment seen before and identified then: the same facts change nothing. */
  private static Result repeatedBankPayment(Payment stored, ReceivePaymentCommand again) {
    boolean same =
        stored.amount().equals(again.amount())
            && stored.valueDate().equals(again.valueDate())
            && Objects.equals(stored.remittanceInformation(), again.remittanceInformation())
            && Objects.equals(stored.endToEndId(), again.endToEndId());
    if (!same) {
      throw DomainException.conflict(
          "payment-reference-conflict",
          "payment %s is already in the ledger with other content".formatted(stored.reference()));
    }
    return new Result(stored, false);
  }

  private static UnidentifiedPayment unidentifiedOf(
      DocumentNumber reference, ReceivePaymentCommand command) {
    return new UnidentifiedPayment(
        reference,
        command.valueDate(),
        command.amount(),
        command.remittanceInformation(),
        command.endToEndId(),
        command.payerName(),
        command.payerAccount());
  }

  private static Result repeated(UnidentifiedPayment stored, UnidentifiedPayment again) {
    if (!stored.equals(again)) {
      throw DomainException.conflict(
          "payment-reference-conflict",
          "payment %s is already in the ledger with other content".formatted(again.reference()));
    }
    return Result.unidentified(stored, false);
  }

  private Result receiveForCustomer(ReceivePaymentCommand command) {
    Payment.Receipt receipt = receiptOf(command);
    Customer customer = requireKnownCustomer(receipt.customer());

    Optional<Payment> stored = payments.find(receipt.reference());
    if (stored.isPresent()) {
      return repeated(stored.get(), receipt);
    }

    Payment payment = Payment.receive(receipt);
    events.publish(new LedgerEvent.PaymentReceived(receipt));
    List<Invoice> open = invoices.lockOpenInvoicesOf(receipt.customer());
    if (command.allocations().isEmpty()) {
      applyByMatching(payment, open, customer.applyOldestFirst());
    } else {
      applyAsInstructed(payment, open, command.allocations());
    }

    payments.add(payment);
    return new Result(payment, true);
  }

  private void applyAsInstructed(
      Payment payment, List<Invoice> open, List<ReceivePaymentCommand.RequestedAllocation> asked) {
    Map<DocumentNumber, Invoice> byNumber =
        open.stream().collect(Collectors.toMap(Invoice::number, Function.identity()));
    for (ReceivePaymentCommand.RequestedAllocation request : asked) {
      DocumentNumber number = new DocumentNumber(request.invoiceNumber());
      Invoice invoice = byNumber.get(number);
      if (invoice == null) {
        throw DomainException.ruleViolated(
            "allocation-to-unknown-invoice",
            "invoice %s is not an open invoice of customer %s"
                .formatted(number, payment.customer()));
      }
      apply(payment, invoice, request.amount(), AllocationMethod.EXPLICIT);
    }
  }

  private void applyByMatching(Payment payment, List<Invoice> open, boolean oldestFirst) {
    for (CashApplication.Match match : CashApplication.propose(payment, open, oldestFirst)) {
      apply(payment, match.invoice(), match.amount(), match.method());
    }
  }

  private void apply(Payment payment, Invoice invoice, Money part, AllocationMethod method) {
    Allocation allocation = payment.allocate(invoice, part, method);
    invoices.update(invoice);
    events.publish(
        new LedgerEvent.PaymentAllocated(
            payment.customer(),
            payment.reference(),
            invoice.number(),
            payment.valueDate(),
            allocation.amount(),
            invoice.functionalValueOf(allocation.amount()),
            invoice.openAmount(),
            method));
    if (invoice.isSettled()) {
      events.publish(
          new LedgerEvent.InvoiceSettled(
              invoice.customer(),
              invoice.number(),
              payment.valueDate(),
              invoice.dueDate(),
              invoice.amount()));
    }
  }

  private Payment.Receipt receiptOf(ReceivePaymentCommand command) {
    FunctionalCurrency.Converted converted =
        functionalCurrency.convert(command.amount(), command.exchangeRate());
    return new Payment.Receipt(
        new DocumentNumber(command.paymentReference()),
        new CustomerNumber(command.customerNumber()),
        command.valueDate(),
        command.amount(),
        converted.amount(),
        command.remittanceInformation(),
        command.endToEndId());
  }

  private Customer requireKnownCustomer(CustomerNumber customer) {
    return customers
        .find(customer)
        .orElseThrow(
            () ->
                DomainException.ruleViolated(
                    "unknown-customer", "customer %s is not in the ledger".formatted(customer)));
  }

  private static Result repeated(Payment stored, Payment.Receipt receipt) {
    if (!stored.receipt().equals(receipt)) {
      throw DomainException.conflict(
          "payment-reference-conflict",
          "payment %s is already in the ledger with other content".formatted(receipt.reference()));
    }
    return new Result(stored, false);
  }
}
