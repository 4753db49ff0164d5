package com.recoup.collections.application.port.out;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads one file format (CSV with a column-mapping profile, UBL or PEPPOL invoices, camt.053 or
 * camt.054 statements, MT940) into ledger records, one at a time, so that a long file never has to
 * sit in memory. A record that cannot be read is handed on as {@link ParsedRecord.Rejected} with
 * its reason; a file that is not what it claims to be throws {@link UnreadableFileException}.
 */
public interface DocumentParser {

  /** The format name an upload asks for: {@code csv}, {@code ubl}, {@code camt}, {@code mt940}. */
  String format();

  /** Parses the content and hands each record to the sink in file order. */
  void parse(InputStream content, ParseOptions options, Consumer<ParsedRecord> sink);

  /**
   * Options of one parse: the CSV column-mapping profile, if the format needs one, and whether a
   * bank statement (camt, MT940) must reconcile its opening and closing balances with its entries;
   * it must unless the caller turns the check off.
   */
  record ParseOptions(String profile, boolean checkBalances) {

    public ParseOptions(String profile) {
      this(profile, true);
    }
  }

  /** The whole file cannot be read: wrong format, malformed XML, an entity expansion, too big. */
  class UnreadableFileException extends RuntimeException {
    public UnreadableFileException(String reason) {
      super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
      super(reason, cause);
    }
  }
}
