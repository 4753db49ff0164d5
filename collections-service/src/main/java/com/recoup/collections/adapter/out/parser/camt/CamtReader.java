package com.recoup.collections.adapter.out.parser.camt;

import com.recoup.collections.adapter.out.parser.SafeXml;
import com.recoup.collections.application.port.out.DocumentParser.UnreadableFileException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a camt.052, camt.053 or camt.054 document (versions .02 to .10) with the JDK's StAX
 * parser, hardened by {@link SafeXml}, handing on each entry and, at the end of each statement, its
 * balances and booked totals. One reader serves every version because the elements the ledger needs
 * keep their paths across versions (only the debtor's name moved, under Pty, from .08 on).
 */
final class CamtReader {

  private static final Pattern NAMESPACE =
      Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.(05[234])\\.001\\.(\\d{2})");
  private static final Map<String, String> MESSAGE_OF =
      Map.of(
          "052", "BkToCstmrAcctRpt",
          "053", "BkToCstmrStmt",
          "054", "BkToCstmrDbtCdtNtfctn");
  private static final Map<String, String> STATEMENT_OF =
      Map.of("052", "Rpt", "053", "Stmt", "054", "Ntfctn");
  private static final int FIRST_VERSION = 2;
  private static final int LAST_VERSION = 10;

  /** Receives what the reader finds, in file order. */
  interface Listener {
    void entry(CamtEntry entry);

    void statementEnded(CamtStatementTotals totals);
  }

  private final Listener listener;
  private final List<String> path = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private String message;
  private String statementElement;
  private String amountCurrency;
  private int statements;
  private Statement statement;
  private Balance balance;
  private Entry entry;
  private Transaction transaction;

  private CamtReader(Listener listener) {
    this.listener = listener;
  }

  static void read(InputStream content, Listener listener) {
    XMLStreamReader xml = SafeXml.streamReader(content);
    CamtReader reader = new CamtReader(listener);
    try {
      while (xml.hasNext()) {
        reader.on(xml.next(), xml);
      }
    } catch (XMLStreamException e) {
      throw SafeXml.unreadable(e);
    }
    reader.requireStatements();
  }

  private void on(int event, XMLStreamReader xml) {
    SafeXml.refuseDoctype(event);
    switch (event) {
      case XMLStreamConstants.START_ELEMENT -> start(xml);
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
      case XMLStreamConstants.END_ELEMENT -> end();
      default -> {}
    }
  }

  private void start(XMLStreamReader xml) {
    String name = xml.getLocalName();
    if (path.isEmpty()) {
      acceptRoot(xml.getNamespaceURI(), name);
    }
    path.add(name);
    text.setLength(0);
    if (name.equals("Amt")) {
      amountCurrency = xml.getAttributeValue(null, "Ccy");
    }
    opened(name);
  }

  private void opened(String name) {
    int depth = path.size();
    if (depth == 3 && name.equals(statementElement) && path.get(1).equals(message)) {
      statement = new Statement(depth, ++statements);
    } else if (statement != null && depth == statement.depth + 1 && name.equals("Bal")) {
      balance = new Balance(depth);
    } else if (statement != null && depth == statement.depth + 1 && name.equals("Ntry")) {
      entry = new Entry(depth, ++statement.entries);
    } else if (entry != null && name.equals("TxDtls") && transaction == null) {
      transaction = new Transaction(depth);
    }
  }

  private void end() {
    String name = path.get(path.size() - 1);
    String value = text.toString().strip();
    if (transaction != null) {
      transaction.set(relative(transaction.depth), value, amountCurrency);
    } else if (entry != null) {
      entry.set(relative(entry.depth), value, amountCurrency);
    } else if (balance != null) {
      balance.set(relative(balance.depth), value, amountCurrency);
    } else if (statement != null) {
      statement.set(relative(statement.depth), value);
    }
    closed(name);
    path.remove(path.size() - 1);
    text.setLength(0);
  }

  private void closed(String name) {
    int depth = path.size();
    if (transaction != null && depth == transaction.depth) {
      entry.transactions.add(transaction.build());
      transaction = null;
    } else if (entry != null && depth == entry.depth) {
      CamtEntry done = entry.build(statement);
      statement.count(done);
      listener.entry(done);
      entry = null;
    } else if (balance != null && depth == balance.depth) {
      statement.add(balance);
      balance = null;
    } else if (statement != null && depth == statement.depth) {
      listener.statementEnded(statement.totals());
      statement = null;
    }
  }

  private String relative(int depth) {
    return String.join("/", path.subList(depth, path.size()));
  }

  private void acceptRoot(String namespace, String name) {
    Matcher camt = NAMESPACE.matcher(namespace == null ? "" : namespace);
    if (!name.equals("Document") || !camt.matches()) {
      throw new UnreadableFileException(
          "not an ISO 20022 camt.052/053/054 document: the root element is {%s}%s"
              .formatted(namespace, name));
    }
    int version = Integer.parseInt(camt.group(2));
    if (version < FIRST_VERSION || version > LAST_VERSION) {
      throw new UnreadableFileException(
          "camt.%s.001.%s is not a supported version (.02 to .10)"
              .formatted(camt.group(1), camt.group(2)));
    }
    message = MESSAGE_OF.get(camt.group(1));
    statementElement = STATEMENT_OF.get(camt.group(1));
  }

  private void requireStatements() {
    if (statements == 0) {
      throw new UnreadableFileException(
          "the camt document holds no %s/%s: nothing to import"
              .formatted(message, statementElement));
    }
  }

  private static BigDecimal decimal(String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** The date part of an ISO date or date-time, as the bank stated it. */
  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (RuntimeException notADate) {
      return null;
    }
  }

  private static final class Statement {
    final int depth;
    final int number;
    int entries;
    String id;
    String account;
    String openingType;
    BigDecimal opening;
    String openingCurrency;
    BigDecimal closing;
    String closingCurrency;
    final Map<String, BigDecimal> credits = new HashMap<>();
    final Map<String, BigDecimal> debits = new HashMap<>();

    Statement(int depth, int number) {
      this.depth = depth;
      this.number = number;
    }

    void set(String at, String value) {
      switch (at) {
        case "Id" -> id = value;
        case "Acct/Id/IBAN", "Acct/Id/Othr/Id" -> account = value;
        default -> {}
      }
    }

    void add(Balance b) {
      if (b.signed() == null) {
        return;
      }
      boolean isOpening = "OPBD".equals(b.type) || ("PRCD".equals(b.type) && opening == null);
      if (isOpening && !"OPBD".equals(openingType)) {
        openingType = b.type;
        opening = b.signed();
        openingCurrency = b.currency;
      } else if ("CLBD".equals(b.type)) {
        closing = b.signed();
        closingCurrency = b.currency;
      }
    }

    void count(CamtEntry e) {
      if (!e.isBooked() || e.amount() == null || e.currency() == null) {
        return;
      }
      (e.credit() ? credits : debits).merge(e.currency(), e.amount(), BigDecimal::add);
    }

    String name() {
      return id == null || id.isBlank() ? "#" + number : id;
    }

    CamtStatementTotals totals() {
      return new CamtStatementTotals(
          name(),
          openingType,
          opening,
          openingCurrency,
          closing,
          closingCurrency,
          Map.copyOf(credits),
          Map.copyOf(debits));
    }
  }

  private static final class Balance {
    final int depth;
    String type;
    BigDecimal amount;
    String currency;
    boolean debit;

    Balance(int depth) {
      this.depth = depth;
    }

    void set(String at, String value, String amountCurrency) {
      switch (at) {
        case "Tp/CdOrPrtry/Cd" -> type = value;
        case "Amt" -> {
          amount = decimal(value);
          currency = amountCurrency;
        }
        case "CdtDbtInd" -> debit = value.equals("DBIT");
        default -> {}
      }
    }

    BigDecimal signed() {
      if (amount == null || type == null || currency == null) {
        return null;
      }
      return debit ? amount.negate() : amount;
    }
  }

  private static final class Entry {
    final int depth;
    final int index;
    BigDecimal amount;
    String currency;
    boolean credit;
    boolean reversal;
    String status;
    LocalDate valueDate;
    LocalDate bookingDate;
    String accountServicerReference;
    String entryReference;
    String additionalInformation;
    final List<CamtEntry.Transaction> transactions = new ArrayList<>();

    Entry(int depth, int index) {
      this.depth = depth;
      this.index = index;
    }

    void set(String at, String value, String amountCurrency) {
      switch (at) {
        case "Amt" -> {
          amount = decimal(value);
          currency = amountCurrency;
        }
        case "CdtDbtInd" -> credit = value.equals("CRDT");
        case "RvslInd" -> reversal = value.equals("true");
        case "Sts", "Sts/Cd" -> status = value.isEmpty() ? status : value;
        case "ValDt/Dt", "ValDt/DtTm" -> valueDate = date(value);
        case "BookgDt/Dt", "BookgDt/DtTm" -> bookingDate = date(value);
        case "AcctSvcrRef" -> accountServicerReference = value;
        case "NtryRef" -> entryReference = value;
        case "AddtlNtryInf" -> additionalInformation = value;
        default -> {}
      }
    }

    CamtEntry build(Statement statement) {
      return new CamtEntry(
          statement.name(),
          statement.account,
          index,
          amount,
          currency,
          credit,
          reversal,
          status,
          valueDate,
          bookingDate,
          accountServicerReference,
          entryReference,
          additionalInformation,
          List.copyOf(transactions));
    }
  }

  private static final class Transaction {
    final int depth;
    BigDecimal amount;
    String currency;
    String accountServicerReference;
    String endToEndId;
    final List<String> unstructured = new ArrayList<>();
    final List<String> creditorReferences = new ArrayList<>();
    String debtorName;
    String debtorAccount;
    String additionalInformation;

    Transaction(int depth) {
      this.depth = depth;
    }

    void set(String at, String value, String amountCurrency) {
      switch (at) {
        case "Amt", "AmtDtls/TxAmt/Amt" -> {
          amount = amount == null ? decimal(value) : amount;
          currency = currency == null ? amountCurrency : currency;
        }
        case "Refs/AcctSvcrRef" -> accountServicerReference = value;
        case "Refs/EndToEndId" -> endToEndId = value;
        case "RmtInf/Ustrd" -> unstructured.add(value);
        case "RmtInf/Strd/CdtrRefInf/Ref" -> creditorReferences.add(value);
        case "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm" -> debtorName = value;
        case "RltdPties/DbtrAcct/Id/IBAN", "RltdPties/DbtrAcct/Id/Othr/Id" -> debtorAccount = value;
        case "AddtlTxInf" -> additionalInformation = value;
        default -> {}
      }
    }

    CamtEntry.Transaction build() {
      return new CamtEntry.Transaction(
          amount,
          currency,
          accountServicerReference,
          endToEndId,
          List.copyOf(unstructured),
          List.copyOf(creditorReferences),
          debtorName,
          debtorAccount,
          additionalInformation);
    }
  }
}
