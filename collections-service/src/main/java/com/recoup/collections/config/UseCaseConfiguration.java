package com.recoup.collections.config;

import com.recoup.collections.application.port.in.IssueInvoiceUseCase;
import com.recoup.collections.application.port.in.ListUnappliedPaymentsUseCase;
import com.recoup.collections.application.port.in.ReadLedgerUseCase;
import com.recoup.collections.application.port.in.ReceivePaymentUseCase;
import com.recoup.collections.application.port.in.UpsertCustomerUseCase;
import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.application.port.out.InvoiceReferenceLookup;
import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.application.port.out.PaymentRepository;
import com.recoup.collections.application.port.out.UnappliedPayments;
import com.recoup.collections.application.port.out.UnidentifiedPaymentRepository;
import com.recoup.collections.application.service.FunctionalCurrency;
import com.recoup.collections.application.service.IssueInvoiceService;
import com.recoup.collections.application.service.ListUnappliedPaymentsService;
import com.recoup.collections.application.service.ReadLedgerService;
import com.recoup.collections.application.service.ReceivePaymentService;
import com.recoup.collections.application.service.UpsertCustomerService;
import com.recoup.kernel.domain.Money;
import io.quarkus.arc.BindingsSource;
import io.quarkus.arc.InterceptionProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the use cases to their ports. The services are plain classes; the interception proxy gives
 * them the transactions their {@code @Transactional} asks for.
 */
@ApplicationScoped
public class UseCaseConfiguration {

  @ConfigProperty(name = "recoup.ledger.functional-currency", defaultValue = "EUR")
  String functionalCurrency;

  @Produces
  @ApplicationScoped
  UpsertCustomerUseCase upsertCustomer(
      @BindingsSource(UpsertCustomerService.class) InterceptionProxy<UpsertCustomerUseCase> proxy,
      CustomerRepository customers,
      LedgerEventPublisher events) {
    return proxy.create(new UpsertCustomerService(customers, events));
  }

  @Produces
  @ApplicationScoped
  IssueInvoiceUseCase issueInvoice(
      @BindingsSource(IssueInvoiceService.class) InterceptionProxy<IssueInvoiceUseCase> proxy,
      CustomerRepository customers,
      InvoiceRepository invoices,
      LedgerEventPublisher events) {
    return proxy.create(new IssueInvoiceService(customers, invoices, events, functional()));
  }

  @Produces
  @ApplicationScoped
  ReceivePaymentUseCase receivePayment(
      @BindingsSource(ReceivePaymentService.class) InterceptionProxy<ReceivePaymentUseCase> proxy,
      CustomerRepository customers,
      InvoiceRepository invoices,
      PaymentRepository payments,
      LedgerEventPublisher events,
      InvoiceReferenceLookup quoted,
      UnidentifiedPaymentRepository unidentified) {
    return proxy.create(
        new ReceivePaymentService(
            customers, invoices, payments, events, functional(), quoted, unidentified));
  }

  @Produces
  @ApplicationScoped
  ReadLedgerUseCase readLedger(
      @BindingsSource(ReadLedgerService.class) InterceptionProxy<ReadLedgerUseCase> proxy,
      CustomerRepository customers,
      InvoiceRepository invoices,
      PaymentRepository payments) {
    return proxy.create(new ReadLedgerService(customers, invoices, payments));
  }

  @Produces
  @ApplicationScoped
  ListUnappliedPaymentsUseCase listUnappliedPayments(
      @BindingsSource(ListUnappliedPaymentsService.class)
          InterceptionProxy<ListUnappliedPaymentsUseCase> proxy,
      UnappliedPayments unapplied) {
    return proxy.create(new ListUnappliedPaymentsService(unapplied));
  }

  private FunctionalCurrency functional() {
    return new FunctionalCurrency(Money.currencyOf(functionalCurrency));
  }
}
