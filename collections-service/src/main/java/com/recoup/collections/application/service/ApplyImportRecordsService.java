package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.IssueInvoiceUseCase;
import com.recoup.collections.application.port.in.ReceivePaymentUseCase;
import com.recoup.collections.application.port.in.UpsertCustomerCommand;
import com.recoup.collections.application.port.in.UpsertCustomerUseCase;
import com.recoup.collections.application.port.out.CustomerRepository;
import com.recoup.collections.application.port.out.ImportJobRepository;
import com.recoup.collections.application.port.out.LedgerAdjustments;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.collections.domain.imports.ImportJobId;
import com.recoup.collections.domain.imports.ImportedRecord;
import com.recoup.collections.domain.imports.RecordKind;
import com.recoup.collections.domain.imports.RecordOutcome;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.kernel.domain.DomainException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hands each import record to the use case that owns its kind of document and writes its report
 * line in the same transaction, so a record and its line commit together or not at all.
 */
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ApplyImportRecordsService implements ImportRecordApplier {

  private static final int MAX_REASON = 1000;

  private final CustomerRepository customers;
  private final UpsertCustomerUseCase upsertCustomer;
  private final IssueInvoiceUseCase issueInvoice;
  private final ReceivePaymentUseCase receivePayment;
  private final LedgerAdjustments adjustments;
  private final ImportJobRepository jobs;

  public ApplyImportRecordsService(
      CustomerRepository customers,
      UpsertCustomerUseCase upsertCustomer,
      IssueInvoiceUseCase issueInvoice,
      ReceivePaymentUseCase receivePayment,
      LedgerAdjustments adjustments,
      ImportJobRepository jobs) {
    this.customers = customers;
    this.upsertCustomer = upsertCustomer;
    this.issueInvoice = issueInvoice;
    this.receivePayment = receivePayment;
    this.adjustments = adjustments;
    this.jobs = jobs;
  }

  @Override
  public List<ImportedRecord> apply(ImportJobId job, List<NumberedRecord> records) {
    List<ImportedRecord> lines = new ArrayList<>(records.size());
    for (NumberedRecord record : records) {
      lines.add(applyOne(record));
    }
    jobs.addRecords(job, lines);
    return lines;
  }

  @Override
  public ImportedRecord reject(ImportJobId job, NumberedRecord record, String reason) {
    ImportedRecord line = line(record, RecordOutcome.REJECTED, reason);
    jobs.addRecords(job, List.of(line));
    return line;
  }

  private ImportedRecord applyOne(NumberedRecord numbered) {
    if (numbered.record() instanceof ParsedRecord.Rejected unreadable) {
      return line(numbered, RecordOutcome.REJECTED, unreadable.reason());
    }
    try {
      return outcomeOf(numbered);
    } catch (DomainException e) {
      throw new RecordRefusedException(numbered, e.code() + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new RecordRefusedException(numbered, e.getMessage(), e);
    } catch (NullPointerException e) {
      throw new RecordRefusedException(numbered, "missing " + e.getMessage(), e);
    }
  }

  private ImportedRecord outcomeOf(NumberedRecord numbered) {
    ParsedRecord record = numbered.record();
    if (record instanceof ParsedRecord.CustomerRecord c) {
      return line(numbered, upsert(c.command().customer(), c.onlyIfNew()), null);
    }
    if (record instanceof ParsedRecord.InvoiceRecord i) {
      return line(numbered, outcome(issueInvoice.issue(i.command()).created()), null);
    }
    if (record instanceof ParsedRecord.PaymentRecord p) {
      return line(numbered, outcome(receivePayment.receive(p.command()).created()), null);
    }
    if (record instanceof ParsedRecord.CreditNoteRecord n) {
      return adjusted(numbered, adjustments.issueCreditNote(n), "credit notes");
    }
    ParsedRecord.DisputeRecord d = (ParsedRecord.DisputeRecord) record;
    return adjusted(numbered, adjustments.markDisputed(d), "disputes");
  }

  private RecordOutcome upsert(Customer customer, boolean onlyIfNew) {
    Optional<Customer> stored = customers.find(customer.number());
    if (stored.isPresent() && (onlyIfNew || stored.get().equals(customer))) {
      return RecordOutcome.UNCHANGED;
    }
    upsertCustomer.upsert(new UpsertCustomerCommand(customer));
    return RecordOutcome.ACCEPTED;
  }

  private static ImportedRecord adjusted(
      NumberedRecord numbered, LedgerAdjustments.Result result, String what) {
    return switch (result) {
      case APPLIED -> line(numbered, RecordOutcome.ACCEPTED, null);
      case UNCHANGED -> line(numbered, RecordOutcome.UNCHANGED, null);
      case NOT_SUPPORTED ->
          line(
              numbered,
              RecordOutcome.REJECTED,
              "not supported yet: %s from import files are not applied to the ledger yet"
                  .formatted(what));
    };
  }

  private static RecordOutcome outcome(boolean created) {
    return created ? RecordOutcome.ACCEPTED : RecordOutcome.UNCHANGED;
  }

  private static ImportedRecord line(NumberedRecord numbered, RecordOutcome outcome, String why) {
    String reason = why == null || why.length() <= MAX_REASON ? why : why.substring(0, MAX_REASON);
    return new ImportedRecord(
        numbered.sequence(),
        numbered.record().position(),
        kindOf(numbered.record()),
        documentOf(numbered.record()),
        outcome,
        reason);
  }

  static RecordKind kindOf(ParsedRecord record) {
    if (record instanceof ParsedRecord.CustomerRecord) {
      return RecordKind.CUSTOMER;
    }
    if (record instanceof ParsedRecord.InvoiceRecord) {
      return RecordKind.INVOICE;
    }
    if (record instanceof ParsedRecord.PaymentRecord) {
      return RecordKind.PAYMENT;
    }
    if (record instanceof ParsedRecord.CreditNoteRecord) {
      return RecordKind.CREDIT_NOTE;
    }
    if (record instanceof ParsedRecord.DisputeRecord) {
      return RecordKind.DISPUTE;
    }
    return RecordKind.UNREADABLE;
  }

  static String documentOf(ParsedRecord record) {
    if (record instanceof ParsedRecord.CustomerRecord c) {
      return c.command().customer().number().value();
    }
    if (record instanceof ParsedRecord.InvoiceRecord i) {
      return i.command().invoiceNumber();
    }
    if (record instanceof ParsedRecord.PaymentRecord p) {
      return p.command().paymentReference();
    }
    if (record instanceof ParsedRecord.CreditNoteRecord n) {
      return n.creditNoteNumber();
    }
    if (record instanceof ParsedRecord.DisputeRecord d) {
      return d.invoiceNumber();
    }
    return null;
  }
}
