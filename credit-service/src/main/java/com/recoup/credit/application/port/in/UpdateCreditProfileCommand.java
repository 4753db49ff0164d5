package com.recoup.credit.application.port.in;

import com.recoup.credit.domain.CreditProfile;
import com.recoup.credit.domain.CustomerNumber;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;

/** One ledger fact that changes what credit knows about a customer. */
public sealed interface UpdateCreditProfileCommand {

  CustomerNumber customerNumber();

  /** Applies the fact to the customer's profile. */
  void applyTo(CreditProfile profile);

  /** The customer's master data was created or changed. */
  record DescribeCustomer(CustomerNumber customerNumber, String name, String segment)
      implements UpdateCreditProfileCommand {
    @Override
    public void applyTo(CreditProfile profile) {
      profile.describe(name, segment);
    }
  }

  /** An invoice was issued to the customer. */
  record RecordInvoiceIssued(
      CustomerNumber customerNumber, String invoiceNumber, LocalDate dueDate, Money amount)
      implements UpdateCreditProfileCommand {
    @Override
    public void applyTo(CreditProfile profile) {
      profile.invoiceIssued(invoiceNumber, dueDate, amount);
    }
  }

  /** Part of a payment was applied to one of the customer's invoices. */
  record RecordPaymentAllocated(CustomerNumber customerNumber, String invoiceNumber, Money amount)
      implements UpdateCreditProfileCommand {
    @Override
    public void applyTo(CreditProfile profile) {
      profile.paymentAllocated(invoiceNumber, amount);
    }
  }

  /** One of the customer's invoices was paid in full. */
  record RecordInvoiceSettled(CustomerNumber customerNumber, String invoiceNumber)
      implements UpdateCreditProfileCommand {
    @Override
    public void applyTo(CreditProfile profile) {
      profile.invoiceSettled(invoiceNumber);
    }
  }
}
