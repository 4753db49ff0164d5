package com.recoup.kpi.application.service;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import com.recoup.kpi.application.port.in.ProjectLedgerEventsUseCase;
import com.recoup.kpi.application.port.out.ReceivablesRepository;
import com.recoup.kpi.domain.CustomerUpserted;
import com.recoup.kpi.domain.InvoiceIssued;
import com.recoup.kpi.domain.InvoiceSettled;
import com.recoup.kpi.domain.PaymentAllocated;
import jakarta.transaction.Transactional;
import java.util.Currency;

/**
 * Projects ledger events into the receivables read model. Figures are reported in the functional
 * currency only, so an amount in any other currency is refused rather than mixed in. Runs inside
 * the transaction that records the event in the inbox.
 */
@Transactional(Transactional.TxType.MANDATORY)
public class LedgerProjectionService implements ProjectLedgerEventsUseCase {

  private final ReceivablesRepository receivables;
  private final Currency functionalCurrency;

  public LedgerProjectionService(ReceivablesRepository receivables, Currency functionalCurrency) {
    this.receivables = receivables;
    this.functionalCurrency = functionalCurrency;
  }

  @Override
  public void customerUpserted(CustomerUpserted event) {
    receivables.saveCustomer(event);
  }

  @Override
  public void invoiceIssued(InvoiceIssued event) {
    requireFunctional(event.functionalAmount(), "invoice " + event.invoiceNumber());

    receivables.saveInvoice(event);
  }

  @Override
  public void paymentAllocated(PaymentAllocated event) {
    requireFunctional(event.functionalAmount(), "allocation to " + event.invoiceNumber());

    receivables.saveAllocation(event);
  }

  @Override
  public void invoiceSettled(InvoiceSettled event) {
    if (!receivables.markSettled(event)) {
      throw DomainException.notFound(
          "invoice-not-found",
          "invoice %s was settled but never issued".formatted(event.invoiceNumber()));
    }
  }

  private void requireFunctional(Money amount, String what) {
    if (!amount.currency().equals(functionalCurrency)) {
      throw DomainException.ruleViolated(
          "not-functional-currency",
          "the functional amount of %s is in %s, not in the functional currency %s"
              .formatted(what, amount.currencyCode(), functionalCurrency.getCurrencyCode()));
    }
  }
}
