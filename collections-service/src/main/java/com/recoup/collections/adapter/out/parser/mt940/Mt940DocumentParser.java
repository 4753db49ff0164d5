package com.recoup.collections.adapter.out.parser.mt940;

import com.recoup.collections.adapter.out.parser.Spool;
import com.recoup.collections.application.port.out.DocumentParser;
import com.recoup.collections.application.port.out.ParsedRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads SWIFT MT940 customer statements with Prowide Core: each credit :61: line becomes a payment
 * for cash application, its :86: the remittance information. When balances are checked, a statement
 * whose opening balance (:60F:/:60M:) plus its :61: lines is not its closing balance (:62F:/:62M:)
 * gets the whole file refused before any record is handed on.
 */
@ApplicationScoped
public class Mt940DocumentParser implements DocumentParser {

  @Override
  public String format() {
    return "mt940";
  }

  @Override
  public void parse(InputStream content, ParseOptions options, Consumer<ParsedRecord> sink) {
    Consumer<Mt940Statement> emit = statement -> Mt940Records.of(statement).forEach(sink);
    if (options != null && !options.checkBalances()) {
      Mt940Reader.read(content, emit);
      return;
    }
    Spool.twice(
        content,
        in -> Mt940Reader.read(in, Mt940DocumentParser::requireContinuity),
        in -> Mt940Reader.read(in, emit));
  }

  /** Opening + Σ :61: = closing, in the opening's currency, where both balances are stated. */
  static void requireContinuity(Mt940Statement s) {
    if (s.opening() == null
        || s.closing() == null
        || !s.opening().currency().equals(s.closing().currency())) {
      return;
    }
    BigDecimal moved =
        s.lines().stream()
            .map(line -> Mt940Records.signed(line.field()))
            .filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal computed = s.opening().amount().add(moved);
    if (computed.compareTo(s.closing().amount()) != 0) {
      throw new UnreadableFileException(
          ("statement %s does not reconcile: opening (:%s:) %s + lines %s = %s %s, but the"
                  + " closing balance (:%s:) is %s %s")
              .formatted(
                  s.name(),
                  s.opening().tag(),
                  s.opening().amount().toPlainString(),
                  moved.toPlainString(),
                  computed.toPlainString(),
                  s.opening().currency(),
                  s.closing().tag(),
                  s.closing().amount().toPlainString(),
                  s.closing().currency()));
    }
  }
}
