package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.ReadLedgerUseCase;
import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.application.port.out.PaymentRepository;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import com.recoup.collections.domain.ledger.DocumentNumber;
import com.recoup.collections.domain.ledger.Invoice;
import com.recoup.collections.domain.ledger.Payment;
import com.recoup.kernel.domain.DomainException;
import jakarta.transaction.Transactional;

/** Answers reads of single ledger documents. */
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadLedgerService implements ReadLedgerUseCase {

  private final CustomerRepository customers;
  private final InvoiceRepository invoices;
  private final PaymentRepository payments;

  public ReadLedgerService(
      CustomerRepository customers, InvoiceRepository invoices, PaymentRepository payments) {
    this.customers = customers;
    this.invoices = invoices;
    this.payments = payments;
  }

  @Override
  public Customer customer(String customerNumber) {
    return customers
        .find(new CustomerNumber(customerNumber))
        .orElseThrow(() -> notFound("customer", customerNumber));
  }

  @Override
  public Invoice invoice(String invoiceNumber) {
    return invoices
        .find(new DocumentNumber(invoiceNumber))
        .orElseThrow(() -> notFound("invoice", invoiceNumber));
  }

  @Override
  public Payment payment(String paymentReference) {
    return payments
        .find(new DocumentNumber(paymentReference))
        .orElseThrow(() -> notFound("payment", paymentReference));
  }

  private static DomainException notFound(String kind, String number) {
    return DomainException.notFound(kind + "-not-found", "no %s %s".formatted(kind, number));
  }
}
