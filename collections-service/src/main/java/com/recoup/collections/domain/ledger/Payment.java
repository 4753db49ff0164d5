package com.recoup.collections.domain.ledger;

import com.recoup.kernel.domain.DomainException;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Money received from a customer. It is applied to invoices by allocations that never add up to
 * more than it holds; what is left stays unapplied on the customer's account.
 */
public final class Payment {

  private final DocumentNumber reference;
  private final CustomerNumber customer;
  private final LocalDate valueDate;
  private final Money amount;
  private final Money functionalAmount;
  private final String remittanceInformation;
  private final String endToEndId;
  private final List<Allocation> allocations = new ArrayList<>();

  private Payment(Receipt receipt) {
    this.reference = receipt.reference();
    this.customer = receipt.customer();
    this.valueDate = receipt.valueDate();
    this.amount = receipt.amount();
    this.functionalAmount = receipt.functionalAmount();
    this.remittanceInformation = receipt.remittanceInformation();
    this.endToEndId = receipt.endToEndId();
  }

  /**
   * What the ERP or the bank states about a payment. The end-to-end id is the payer's own reference
   * that travels unchanged through the banks (ISO 20022 EndToEndId); only bank files carry it.
   */
  public record Receipt(
      DocumentNumber reference,
      CustomerNumber customer,
      LocalDate valueDate,
      Money amount,
      Money functionalAmount,
      String remittanceInformation,
      String endToEndId) {

    /** A receipt without an end-to-end id, as an ERP states it. */
    public Receipt(
        DocumentNumber reference,
        CustomerNumber customer,
        LocalDate valueDate,
        Money amount,
        Money functionalAmount,
        String remittanceInformation) {
      this(reference, customer, valueDate, amount, functionalAmount, remittanceInformation, null);
    }

    public Receipt {
      Objects.requireNonNull(reference, "paymentReference");
      Objects.requireNonNull(customer, "customerNumber");
      Objects.requireNonNull(valueDate, "valueDate");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(functionalAmount, "functionalAmount");
    }
  }

  public static Payment receive(Receipt receipt) {
    if (!receipt.amount().isPositive()) {
      throw DomainException.ruleViolated(
          "amount-not-positive", "a payment amount must be positive: " + receipt.amount());
    }
    return new Payment(receipt);
  }

  public static Payment restore(Receipt receipt, List<Allocation> allocations) {
    Payment payment = new Payment(receipt);
    payment.allocations.addAll(allocations);
    return payment;
  }

  /** Applies part of this payment to an invoice, refusing to apply more than remains. */
  public Allocation allocate(Invoice invoice, Money part, AllocationMethod method) {
    if (part.isGreaterThan(unappliedAmount())) {
      throw DomainException.ruleViolated(
          "allocation-exceeds-payment",
          "payment %s has %s unapplied, cannot allocate %s"
              .formatted(reference, unappliedAmount(), part));
    }
    if (!invoice.customer().equals(customer)) {
      throw DomainException.ruleViolated(
          "allocation-to-other-customer",
          "invoice %s belongs to another customer".formatted(invoice.number()));
    }
    invoice.applyPayment(part);
    Allocation allocation = new Allocation(invoice.number(), part, method);
    allocations.add(allocation);
    return allocation;
  }

  public Money unappliedAmount() {
    Money applied = Money.zero(amount.currency());
    for (Allocation allocation : allocations) {
      applied = applied.plus(allocation.amount());
    }
    return amount.minus(applied);
  }

  public Receipt receipt() {
    return new Receipt(
        reference,
        customer,
        valueDate,
        amount,
        functionalAmount,
        remittanceInformation,
        endToEndId);
  }

  public DocumentNumber reference() {
    return reference;
  }

  public CustomerNumber customer() {
    return customer;
  }

  public LocalDate valueDate() {
    return valueDate;
  }

  public Money amount() {
    return amount;
  }

  public Money functionalAmount() {
    return functionalAmount;
  }

  public String remittanceInformation() {
    return remittanceInformation;
  }

  public String endToEndId() {
    return endToEndId;
  }

  public List<Allocation> allocations() {
    return List.copyOf(allocations);
  }
}
