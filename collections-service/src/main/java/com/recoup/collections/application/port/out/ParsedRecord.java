package com.recoup.collections.application.port.out;

import com.recoup.collections.application.port.in.IssueInvoiceCommand;
import com.recoup.collections.application.port.in.ReceivePaymentCommand;
import com.recoup.collections.application.port.in.UpsertCustomerCommand;
import com.recoup.kernel.domain.Money;
import java.time.LocalDate;

/**
 * One record read from an import file, named by its position in the file (a line number, an entry
 * reference) so that the import report can say which record was accepted or why not.
 */
public sealed interface ParsedRecord {

  /** Where the record stands in its file, for the report. */
  String position();

  /**
   * A customer account described by the file. {@code onlyIfNew} when the file knows too little of
   * the account to update one (a UBL buyer has no segment, collector or paperless flag): then it
   * only creates a customer the ledger does not have yet.
   */
  record CustomerRecord(String position, UpsertCustomerCommand command, boolean onlyIfNew)
      implements ParsedRecord {

    /** A record that describes the whole account, as a CSV profile does. */
    public CustomerRecord(String position, UpsertCustomerCommand command) {
      this(position, command, false);
    }
  }

  /** An invoice to post. */
  record InvoiceRecord(String position, IssueInvoiceCommand command) implements ParsedRecord {}

  /**
   * A credit note: reduces the named invoice, or stays as credit on the account when the invoice is
   * absent.
   */
  record CreditNoteRecord(
      String position,
      String creditNoteNumber,
      String customerNumber,
      String invoiceNumber,
      LocalDate issueDate,
      Money amount,
      String reason)
      implements ParsedRecord {}

  /** A payment to post; without allocations it goes through cash application. */
  record PaymentRecord(String position, ReceivePaymentCommand command) implements ParsedRecord {}

  /** A dispute the file reports on an invoice (the IBM sample's {@code Disputed=Yes}). */
  record DisputeRecord(String position, String invoiceNumber, String customerNumber, String reason)
      implements ParsedRecord {}

  /** A record that could not be read, with the reason for the report. */
  record Rejected(String position, String reason) implements ParsedRecord {}
}
