package com.recoup.collections.config;

import com.recoup.collections.application.port.in.ImportDocumentsUseCase;
import com.recoup.collections.application.port.in.IssueInvoiceUseCase;
import com.recoup.collections.application.port.in.ReadImportsUseCase;
import com.recoup.collections.application.port.in.ReadLedgerUseCase;
import com.recoup.collections.application.port.in.ReceivePaymentUseCase;
import com.recoup.collections.application.port.in.UpsertCustomerUseCase;
import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.application.port.out.DocumentParser;
import com.recoup.collections.application.port.out.ImportJobRepository;
import com.recoup.collections.application.port.out.ImportProgress;
import com.recoup.collections.application.port.out.ImportWorker;
import com.recoup.collections.application.port.out.InvoiceRepository;
import com.recoup.collections.application.port.out.LedgerAdjustments;
import com.recoup.collections.application.port.out.LedgerEventPublisher;
import com.recoup.collections.application.port.out.PaymentRepository;
import com.recoup.collections.application.service.ApplyImportRecordsService;
import com.recoup.collections.application.service.FunctionalCurrency;
import com.recoup.collections.application.service.ImportDocumentsService;
import com.recoup.collections.application.service.ImportRecordApplier;
import com.recoup.collections.application.service.IssueInvoiceService;
import com.recoup.collections.application.service.ReadImportsService;
import com.recoup.collections.application.service.ReadLedgerService;
import com.recoup.collections.application.service.ReceivePaymentService;
import com.recoup.collections.application.service.UpsertCustomerService;
import com.recoup.kernel.domain.Money;
import io.quarkus.arc.BindingsSource;
import io.quarkus.arc.InterceptionProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
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
      LedgerEventPublisher events) {
    return proxy.create(
        new ReceivePaymentService(customers, invoices, payments, events, functional()));
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

  @ConfigProperty(name = "recoup.imports.batch-size", defaultValue = "100")
  int importBatchSize;

  @ConfigProperty(name = "recoup.imports.progress-every", defaultValue = "1000")
  int importProgressEvery;

  /** Credit notes and disputes from files: refused until their use cases are wired here. */
  @Produces
  @ApplicationScoped
  LedgerAdjustments ledgerAdjustments() {
    return LedgerAdjustments.NOT_SUPPORTED;
  }

  @Produces
  @ApplicationScoped
  ImportRecordApplier importRecordApplier(
      @BindingsSource(ApplyImportRecordsService.class) InterceptionProxy<ImportRecordApplier> proxy,
      CustomerRepository customers,
      UpsertCustomerUseCase upsertCustomer,
      IssueInvoiceUseCase issueInvoice,
      ReceivePaymentUseCase receivePayment,
      LedgerAdjustments adjustments,
      ImportJobRepository jobs) {
    return proxy.create(
        new ApplyImportRecordsService(
            customers, upsertCustomer, issueInvoice, receivePayment, adjustments, jobs));
  }

  @Produces
  @ApplicationScoped
  ImportDocumentsUseCase importDocuments(
      Instance<DocumentParser> parsers,
      ImportJobRepository jobs,
      ImportRecordApplier applier,
      ImportWorker worker,
      ImportProgress progress,
      Clock clock) {
    return new ImportDocumentsService(
        parsers.stream().toList(),
        jobs,
        applier,
        worker,
        progress,
        clock,
        new ImportDocumentsService.Settings(importBatchSize, importProgressEvery));
  }

  @Produces
  @ApplicationScoped
  ReadImportsUseCase readImports(
      @BindingsSource(ReadImportsService.class) InterceptionProxy<ReadImportsUseCase> proxy,
      ImportJobRepository jobs) {
    return proxy.create(new ReadImportsService(jobs));
  }

  private FunctionalCurrency functional() {
    return new FunctionalCurrency(Money.currencyOf(functionalCurrency));
  }
}
