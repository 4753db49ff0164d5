package com.recoup.collections.adapter.out.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.recoup.collections.adapter.out.parser.camt.CamtDocumentParser;
import com.recoup.collections.adapter.out.parser.mt940.Mt940DocumentParser;
import com.recoup.collections.application.port.out.DocumentParser;
import com.recoup.collections.application.port.out.ParsedRecord;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast the statement parsers read a long generated statement, balance check included
 * (the file is read twice). Not a timed test: it asserts only what was read, never how fast. Its
 * name keeps it out of the default test run; run it with {@code ./mvnw -f
 * collections-service/pom.xml test -Dtest=StatementThroughputBenchmark}.
 */
class StatementThroughputBenchmark {

  private static final int ENTRIES = 20_000;

  @Test
  void camtStatementOfTwentyThousandCredits() {
    StringBuilder xml =
        new StringBuilder(
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
                + "<Stmt><Id>S-1</Id><Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>"
                + "<Amt Ccy=\"EUR\">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>"
                + "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>"
                + "<Amt Ccy=\"EUR\">250000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>");
    for (int i = 1; i <= ENTRIES; i++) {
      xml.append(
          """
          <Ntry><Amt Ccy="EUR">12.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
           <ValDt><Dt>2026-11-20</Dt></ValDt><AcctSvcrRef>R-%1$d</AcctSvcrRef>
           <NtryDtls><TxDtls><Refs><EndToEndId>E-%1$d</EndToEndId></Refs>
            <RltdPties><Dbtr><Pty><Nm>Payer %1$d</Nm></Pty></Dbtr></RltdPties>
            <RmtInf><Ustrd>Invoice INV-%1$d</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
          """
              .formatted(i));
    }
    xml.append("</Stmt></BkToCstmrStmt></Document>");
    // 20,000 x 12.50 = 250,000.00 = CLBD - OPBD: the statement reconciles.
    measure("camt.053", new CamtDocumentParser(), xml.toString(), "250000.00");
  }

  @Test
  void mt940StatementOfTwentyThousandCredits() {
    StringBuilder mt =
        new StringBuilder(":20:BENCH\n:25:DE89370400440532013000\n:28C:1/1\n:60F:C261120EUR0,00\n");
    for (int i = 1; i <= ENTRIES; i++) {
      mt.append(":61:2611201120C12,50NTRFNONREF//B%d\n".formatted(i));
      mt.append(
          ":86:166?00GUTSCHRIFT?20EREF+E-%1$d?21SVWZ+Invoice INV-%1$d?32Payer %1$d\n".formatted(i));
    }
    mt.append(":62F:C261120EUR250000,00\n-\n");
    measure("MT940", new Mt940DocumentParser(), mt.toString(), "250000.00");
  }

  private static void measure(String name, DocumentParser parser, String file, String total) {
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
    AtomicInteger payments = new AtomicInteger();
    AtomicReference<BigDecimal> sum = new AtomicReference<>(BigDecimal.ZERO);
    long started = System.nanoTime();
    parser.parse(
        new ByteArrayInputStream(bytes),
        new DocumentParser.ParseOptions(null),
        r -> {
          if (r instanceof ParsedRecord.PaymentRecord p) {
            payments.incrementAndGet();
            sum.accumulateAndGet(p.command().amount().amount(), BigDecimal::add);
          }
        });
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "benchmark %s: %d entries, %.1f MB, %.2f s, %.0f entries/s (balance check included)%n",
        name, ENTRIES, bytes.length / 1e6, seconds, ENTRIES / seconds);

    assertThat(payments.get()).isEqualTo(ENTRIES);
    assertThat(sum.get()).isEqualByComparingTo(total);
  }
}
