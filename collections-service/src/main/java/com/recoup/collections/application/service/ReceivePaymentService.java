package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.ReceivePaymentCommand;
import com.recoup.collections.application.port.in.ReceivePaymentUseCase;
import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.application.port.out.PaymentRepository;
import com.recoup.collections.domain.ledger.Allocation;
import com.recoup.collections.domain.ledger.AllocationMethod;
import com.recoup.collections.domain.ledger.CashApplication;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.LedgerEvent;
import com.recoup.collections.domain.ledger.Payment;
import com.recoup.kernel.domain.DomainException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Posts payments and applies them to the customer's open invoices. */
@Transactional
public class ReceivePaymentService implements ReceivePaymentUseCase {

  private final CustomerRepository customers;
  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final LedgerEventPublisher events;
  private final FunctionalCurrency functionalCurrency;

  public ReceivePaymentService(
      CustomerRepository customers,
      InvoiceRepository invoices,
      PaymentRepository payments,
      LedgerEventPublisher events,
      FunctionalCurrency functionalCurrency) {
    this.customers = customers;
    this.invoices = invoices;
    this.payments = payments;
    this.events = events;
    this.functionalCurrency = functionalCurrency;
  }

  @Override
  public Result receive(ReceivePaymentCommand command) {
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

  private void apply(
      Payment payment,
      Invoice invoice,
      com.recoup.kernel.domain.Money part,
      AllocationMethod method) {
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
        command.remittanceInformation());
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
