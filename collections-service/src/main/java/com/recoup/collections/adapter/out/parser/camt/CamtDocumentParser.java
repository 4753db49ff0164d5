package com.recoup.collections.adapter.out.parser.camt;

import com.recoup.collections.adapter.out.parser.Spool;
import com.recoup.collections.application.port.out.DocumentParser;
import com.recoup.collections.application.port.out.ParsedRecord;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads ISO 20022 bank-to-customer messages: camt.053 statements, camt.054 notifications and
 * camt.052 reports, versions .02 to .10. Each booked credit becomes a payment for cash application.
 *
 * <p>It streams with the JDK's StAX parser rather than binding Prowide's pw-iso20022 model: that
 * library is a 54 MB jar with one generated class tree per message version (.02 to .10 would need
 * nine mappings of the same few fields), brings a second JAXB implementation beside Quarkus' own,
 * and holds the whole document in memory; the few paths the ledger needs are the same in every
 * version. When balances are checked, a statement whose opening balance (OPBD, else PRCD) plus
 * booked credits minus booked debits is not its closing balance (CLBD) gets the whole file refused
 * before a single record is handed on: the file is first spooled to a temporary file and read
 * twice, so that memory stays flat on long files.
 */
@ApplicationScoped
public class CamtDocumentParser implements DocumentParser {

  @Override
  public String format() {
    return "camt";
  }

  @Override
  public void parse(InputStream content, ParseOptions options, Consumer<ParsedRecord> sink) {
    if (options != null && !options.checkBalances()) {
      CamtReader.read(content, emitting(sink));
      return;
    }
    Spool.twice(
        content, in -> CamtReader.read(in, checking()), in -> CamtReader.read(in, emitting(sink)));
  }

  private static CamtReader.Listener checking() {
    return new CamtReader.Listener() {
      @Override
      public void entry(CamtEntry entry) {}

      @Override
      public void statementEnded(CamtStatementTotals totals) {
        if (totals.checkable() && !totals.reconciles()) {
          throw new UnreadableFileException(totals.explanation());
        }
        Log.debugf(
            "camt statement balance statement=%s checked=%s",
            totals.statementId(), totals.checkable());
      }
    };
  }

  private static CamtReader.Listener emitting(Consumer<ParsedRecord> sink) {
    return new CamtReader.Listener() {
      @Override
      public void entry(CamtEntry entry) {
        CamtRecords.of(entry).forEach(sink);
      }

      @Override
      public void statementEnded(CamtStatementTotals totals) {}
    };
  }
}
