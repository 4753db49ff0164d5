package com.recoup.collections.adapter.out.parser.csv;

import com.recoup.collections.application.port.in.IssueInvoiceCommand;
import com.recoup.collections.application.port.in.ReceivePaymentCommand;
import com.recoup.collections.application.port.in.UpsertCustomerCommand;
import com.recoup.collections.application.port.out.DocumentParser;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.collections.domain.ledger.Customer;
import com.recoup.collections.domain.ledger.CustomerNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads CSV files (Apache Commons CSV) under a column-mapping profile. Each row gives, as the
 * profile says, its customer (the first time the customer appears), an invoice, a dispute on that
 * invoice, and its settlement as a payment allocated to that invoice. A customer's account is
 * described by its most recent row (latest issue date), so the file is read twice: once to find
 * that row for every customer, once to hand on the records.
 */
@ApplicationScoped
public class CsvDocumentParser implements DocumentParser {

  private final CsvProfiles profiles;

  public CsvDocumentParser(CsvProfiles profiles) {
    this.profiles = profiles;
  }

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public void parse(InputStream content, ParseOptions options, Consumer<ParsedRecord> sink) {
    CsvMapping mapping = profiles.mapping(options.profile());
    Path spool = spool(content);
    try {
      Map<String, CsvRow> latest = latestRowOfEachCustomer(spool, mapping);
      emit(spool, mapping, latest, sink);
    } finally {
      delete(spool);
    }
  }

  private static Map<String, CsvRow> latestRowOfEachCustomer(Path file, CsvMapping mapping) {
    Map<String, CsvRow> latest = new HashMap<>();
    CsvFile.read(
        file,
        mapping,
        result -> {
          if (result instanceof CsvRowReader.Read read && read.row().customerNumber() != null) {
            latest.merge(read.row().customerNumber(), read.row(), CsvDocumentParser::later);
          }
        });
    return latest;
  }

  private static CsvRow later(CsvRow known, CsvRow other) {
    if (known.issueDate() == null || other.issueDate() == null) {
      return other;
    }
    return other.issueDate().isBefore(known.issueDate()) ? known : other;
  }

  private static void emit(
      Path file, CsvMapping mapping, Map<String, CsvRow> latest, Consumer<ParsedRecord> sink) {
    Set<String> customersGiven = new HashSet<>();
    CsvFile.read(
        file,
        mapping,
        result -> {
          if (result instanceof CsvRowReader.Unreadable unreadable) {
            sink.accept(new ParsedRecord.Rejected(unreadable.position(), unreadable.reason()));
            return;
          }
          CsvRow row = ((CsvRowReader.Read) result).row();
          recordsOf(row, mapping, latest, customersGiven).forEach(sink);
        });
  }

  private static List<ParsedRecord> recordsOf(
      CsvRow row, CsvMapping mapping, Map<String, CsvRow> latest, Set<String> customersGiven) {
    ParsedRecord customer = null;
    if (mapping.produces(CsvProduct.CUSTOMER) && !customersGiven.contains(row.customerNumber())) {
      try {
        customer = customerRecord(row.position(), latest.get(row.customerNumber()), mapping);
      } catch (IllegalArgumentException invalid) {
        return List.of(new ParsedRecord.Rejected(row.position(), invalid.getMessage()));
      }
      customersGiven.add(row.customerNumber());
    }
    List<ParsedRecord> records = new ArrayList<>(4);
    if (customer != null) {
      records.add(customer);
    }
    if (mapping.produces(CsvProduct.INVOICE)) {
      records.add(new ParsedRecord.InvoiceRecord(row.position(), invoice(row)));
    }
    if (mapping.produces(CsvProduct.DISPUTE) && row.disputed()) {
      records.add(
          new ParsedRecord.DisputeRecord(
              row.position(), row.invoiceNumber(), row.customerNumber(), mapping.disputeReason()));
    }
    if (mapping.produces(CsvProduct.SETTLEMENT) && row.settledDate() != null) {
      records.add(new ParsedRecord.PaymentRecord(row.position(), settlement(row, mapping)));
    }
    return records;
  }

  private static ParsedRecord customerRecord(String position, CsvRow facts, CsvMapping mapping) {
    String name =
        facts.customerName() != null
            ? facts.customerName()
            : mapping.customerName().replace(CsvMapping.CUSTOMER_NUMBER, facts.customerNumber());
    Customer customer =
        new Customer(
            new CustomerNumber(facts.customerNumber()),
            name,
            facts.country() != null ? facts.country() : mapping.country(),
            facts.amount() != null ? facts.amount().currency() : mapping.currency(),
            mapping.paymentTermsDays(),
            facts.segment(),
            facts.collector(),
            facts.paperless());
    return new ParsedRecord.CustomerRecord(position, new UpsertCustomerCommand(customer));
  }

  private static IssueInvoiceCommand invoice(CsvRow row) {
    return new IssueInvoiceCommand(
        row.invoiceNumber(),
        row.customerNumber(),
        row.issueDate(),
        row.dueDate(),
        row.amount(),
        row.exchangeRate(),
        row.purchaseOrder());
  }

  private static ReceivePaymentCommand settlement(CsvRow row, CsvMapping mapping) {
    return new ReceivePaymentCommand(
        mapping.settlementReference().replace(CsvMapping.INVOICE_NUMBER, row.invoiceNumber()),
        row.customerNumber(),
        row.settledDate(),
        row.amount(),
        row.exchangeRate(),
        mapping.settlementRemittance().replace(CsvMapping.INVOICE_NUMBER, row.invoiceNumber()),
        List.of(new ReceivePaymentCommand.RequestedAllocation(row.invoiceNumber(), row.amount())));
  }

  private static Path spool(InputStream content) {
    try {
      Path file = Files.createTempFile("recoup-csv-", ".csv");
      Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot buffer the CSV file", e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a temporary file left behind is removed with the temporary folder
    }
  }
}
