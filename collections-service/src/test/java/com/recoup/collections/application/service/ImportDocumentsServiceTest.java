package com.recoup.collections.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recoup.collections.application.port.in.ImportContent;
import com.recoup.collections.application.port.in.ImportDocumentsCommand;
import com.recoup.collections.application.port.in.ImportRecordPage;
import com.recoup.collections.application.port.in.IssueInvoiceCommand;
import com.recoup.collections.application.port.out.DocumentParser;
import com.recoup.collections.application.port.out.ImportJobRepository;
import com.recoup.collections.application.port.out.ImportProgress;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.collections.domain.imports.ImportJob;
import com.recoup.collections.domain.imports.ImportJobId;
import com.recoup.collections.domain.imports.ImportSource;
import com.recoup.collections.domain.imports.ImportState;
import com.recoup.collections.domain.imports.ImportedRecord;
import com.recoup.collections.domain.imports.RecordKind;
import com.recoup.collections.domain.imports.RecordOutcome;
import com.recoup.kernel.domain.DomainException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The import engine with fakes of its ports: batching, refusals, failures, progress. */
class ImportDocumentsServiceTest {

  private final Jobs jobs = new Jobs();
  private final Applier applier = new Applier();
  private final List<Integer> progressed = new ArrayList<>();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void givenARefusedRecordInABatch_import_appliesTheOthersAndRejectsItWithItsReason() {
    ImportJob job = run(engine(5, 100), lines("A1", "A2", "BAD3", "A4", "A5"));

    ImportJob done = jobs.stored.get(job.id());
    assertThat(done.state()).isEqualTo(ImportState.COMPLETED);
    assertThat(done.recordsTotal()).isEqualTo(5);
    assertThat(applier.committed)
        .extracting(ImportedRecord::documentNumber, ImportedRecord::outcome)
        .containsExactly(
            tuple("A1", RecordOutcome.ACCEPTED),
            tuple("A2", RecordOutcome.ACCEPTED),
            tuple("BAD3", RecordOutcome.REJECTED),
            tuple("A4", RecordOutcome.ACCEPTED),
            tuple("A5", RecordOutcome.ACCEPTED));
    assertThat(applier.committed.get(2).reason()).isEqualTo("refused: BAD3");
    // The batch of five failed on the third; the two before it went again as one batch, the
    // refused one was written alone, and the two after it as the next batch.
    assertThat(applier.calls).containsExactly("A1 A2 BAD3 A4 A5", "A1 A2", "reject BAD3", "A4 A5");
    assertThat(applier.ledger).containsExactly("A1", "A2", "A4", "A5");
  }

  @Test
  void givenAFailureNoRecordIsNamedFor_import_triesTheBatchRecordByRecord() {
    applier.failOnceOnBatchesOf = 3;

    ImportJob job = run(engine(3, 100), lines("A1", "A2", "A3"));

    assertThat(jobs.stored.get(job.id()).state()).isEqualTo(ImportState.COMPLETED);
    assertThat(applier.calls).containsExactly("A1 A2 A3", "A1", "A2", "A3");
    assertThat(applier.ledger).containsExactly("A1", "A2", "A3");
  }

  @Test
  void givenARecordThatFailsUnexpectedlyOnItsOwn_import_failsAndKeepsWhatWasApplied() {
    ImportJob job = run(engine(1, 100), lines("A1", "BOOM2", "A3"));

    ImportJob failed = jobs.stored.get(job.id());
    assertThat(failed.state()).isEqualTo(ImportState.FAILED);
    assertThat(failed.failureReason()).contains("unexpected failure").contains("database gone");
    assertThat(failed.recordsDone()).isEqualTo(1);
    assertThat(applier.ledger).containsExactly("A1");
  }

  @Test
  void givenAFileThatTurnsOutUnreadable_import_failsBeforeApplyingAnything() {
    DocumentParser parser =
        parser(
            sink -> {
              sink.accept(invoice("A1"));
              throw new DocumentParser.UnreadableFileException("XML ends in the middle of a tag");
            });

    ImportJob job = run(engine(100, 100, parser), "<x>");

    ImportJob failed = jobs.stored.get(job.id());
    assertThat(failed.state()).isEqualTo(ImportState.FAILED);
    assertThat(failed.failureReason())
        .isEqualTo("the file cannot be read: XML ends in the middle of a tag");
    assertThat(applier.calls).isEmpty();
  }

  @Test
  void givenProgressEveryTwoRecords_import_reportsAtTwoAndFour() {
    run(engine(1, 2), lines("A1", "A2", "A3", "A4", "A5"));

    assertThat(progressed).containsExactly(2, 4);
  }

  @Test
  void givenTheSameBytesAgain_import_namesTheEarlierImport() {
    ImportJob first = run(engine(10, 100), lines("A1"));
    ImportJob second = run(engine(10, 100), lines("A1"));

    assertThat(second.repeatOf()).isEqualTo(first.id());
    assertThat(second.source().sha256()).isEqualTo(first.source().sha256());
  }

  @Test
  void givenAnEmptyFileOrAnUnknownFormat_start_refusesAndDiscardsTheUpload() {
    Content empty = new Content("");
    assertThatThrownBy(() -> engine(10, 10).start(command("fake", empty)))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("empty-file");
    assertThat(empty.discarded).isTrue();

    Content content = new Content("A1");
    assertThatThrownBy(() -> engine(10, 10).start(command("edifact", content)))
        .hasMessage("no import format 'edifact'; known: fake");
    assertThat(content.discarded).isTrue();
  }

  private ImportJob run(ImportDocumentsService engine, String file) {
    Content content = new Content(file);
    ImportJob job = engine.start(command("fake", content));
    assertThat(content.discarded).as("the engine discards the upload when done").isTrue();
    return job;
  }

  private static ImportDocumentsCommand command(String format, ImportContent content) {
    return new ImportDocumentsCommand(format, null, "test.txt", content, "tester");
  }

  private ImportDocumentsService engine(int batchSize, int progressEvery) {
    return engine(batchSize, progressEvery, parser(null));
  }

  private ImportDocumentsService engine(int batchSize, int progressEvery, DocumentParser parser) {
    ImportProgress progress =
        new ImportProgress() {
          @Override
          public void started(ImportJob job) {}

          @Override
          public void progressed(ImportJob job) {
            progressed.add(job.recordsDone());
          }

          @Override
          public void finished(ImportJob job) {}

          @Override
          public void batchRetried(ImportJob job, int records, Exception failure) {}
        };
    return new ImportDocumentsService(
        List.of(parser),
        jobs,
        applier,
        ImportDocumentsServiceTest::runLikeTheWorkerPool,
        progress,
        clock,
        new ImportDocumentsService.Settings(batchSize, progressEvery));
  }

  /** Runs the import at once; like the pool, a failure ends the task, not the caller. */
  private static void runLikeTheWorkerPool(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException reportedByThePool) {
      // the pool logs it; the job already says why it failed
    }
  }

  /** A parser of lines, each an invoice number; or one that runs the given body. */
  private static DocumentParser parser(Consumer<Consumer<ParsedRecord>> body) {
    return new DocumentParser() {
      @Override
      public String format() {
        return "fake";
      }

      @Override
      public void parse(InputStream content, ParseOptions options, Consumer<ParsedRecord> sink) {
        if (body != null) {
          body.accept(sink);
          return;
        }
        try {
          for (String line :
              new String(content.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            sink.accept(invoice(line));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private static ParsedRecord invoice(String number) {
    return new ParsedRecord.InvoiceRecord(
        "line " + number, new IssueInvoiceCommand(number, "C-1", null, null, null, null, null));
  }

  private static String lines(String... numbers) {
    return String.join("\n", numbers);
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  /** Applies records as a transaction would: all of a call, or, when one is refused, none. */
  private static final class Applier implements ImportRecordApplier {
    final List<String> calls = new ArrayList<>();
    final List<String> ledger = new ArrayList<>();
    final List<ImportedRecord> committed = new ArrayList<>();
    int failOnceOnBatchesOf;

    @Override
    public List<ImportedRecord> apply(ImportJobId job, List<NumberedRecord> records) {
      calls.add(String.join(" ", records.stream().map(Applier::number).toList()));
      if (records.size() == failOnceOnBatchesOf) {
        failOnceOnBatchesOf = 0;
        throw new IllegalStateException("connection reset while committing");
      }
      for (NumberedRecord record : records) {
        if (number(record).startsWith("BAD")) {
          throw new RecordRefusedException(record, "refused: " + number(record), null);
        }
        if (number(record).startsWith("BOOM")) {
          throw new IllegalStateException("database gone");
        }
      }
      List<ImportedRecord> applied = new ArrayList<>();
      for (NumberedRecord record : records) {
        ledger.add(number(record));
        applied.add(line(record, RecordOutcome.ACCEPTED, null));
      }
      committed.addAll(applied);
      return applied;
    }

    @Override
    public ImportedRecord reject(ImportJobId job, NumberedRecord record, String reason) {
      calls.add("reject " + number(record));
      ImportedRecord line = line(record, RecordOutcome.REJECTED, reason);
      committed.add(line);
      return line;
    }

    private static ImportedRecord line(NumberedRecord r, RecordOutcome outcome, String reason) {
      return new ImportedRecord(
          r.sequence(), r.record().position(), RecordKind.INVOICE, number(r), outcome, reason);
    }

    private static String number(NumberedRecord record) {
      return ((ParsedRecord.InvoiceRecord) record.record()).command().invoiceNumber();
    }
  }

  /** Keeps jobs in memory. */
  private static final class Jobs implements ImportJobRepository {
    final Map<ImportJobId, ImportJob> stored = new HashMap<>();

    @Override
    public void add(ImportJob job) {
      stored.put(job.id(), job);
    }

    @Override
    public Optional<ImportJob> find(ImportJobId id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Optional<ImportJobId> lastCompletedImportOf(ImportSource source) {
      return stored.values().stream()
          .filter(j -> j.state() == ImportState.COMPLETED)
          .filter(j -> j.source().sha256().equals(source.sha256()))
          .map(ImportJob::id)
          .findFirst();
    }

    @Override
    public void update(ImportJob job) {
      stored.put(job.id(), job);
    }

    @Override
    public void addRecords(ImportJobId job, List<ImportedRecord> records) {}

    @Override
    public ImportRecordPage records(ImportJobId job, RecordOutcome outcome, int page, int size) {
      throw new UnsupportedOperationException();
    }
  }

  /** An upload held in memory that remembers being discarded. */
  private static final class Content implements ImportContent {
    private final byte[] bytes;
    boolean discarded;

    Content(String text) {
      this.bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public void discard() {
      discarded = true;
    }
  }
}
