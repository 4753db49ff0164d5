package com.recoup.collections.application.service;

import com.recoup.collections.application.port.in.ImportContent;
import com.recoup.collections.application.port.in.ImportDocumentsCommand;
import com.recoup.collections.application.port.in.ImportDocumentsUseCase;
import com.recoup.collections.application.port.out.DocumentParser;
import com.recoup.collections.application.port.out.ImportJobRepository;
import com.recoup.collections.application.port.out.ImportProgress;
import com.recoup.collections.application.port.out.ImportWorker;
import com.recoup.collections.application.port.out.ParsedRecord;
import com.recoup.collections.domain.imports.ImportJob;
import com.recoup.collections.domain.imports.ImportJobId;
import com.recoup.collections.domain.imports.ImportSource;
import com.recoup.collections.domain.imports.ImportedRecord;
import com.recoup.kernel.domain.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The import engine. It reads the file once to count its records (so a file that turns out
 * unreadable half-way is refused before anything is applied), then again to apply them in batches:
 * a batch is one transaction; when the ledger refuses a record, the records before it are applied
 * without it, it gets its reason, and the batch goes on after it. A record never half-applies and
 * never stops the others.
 */
public class ImportDocumentsService implements ImportDocumentsUseCase {

  /** How the engine runs: records per transaction, and records between two progress reports. */
  public record Settings(int batchSize, int progressEvery) {
    public Settings {
      if (batchSize < 1 || progressEvery < 1) {
        throw new IllegalArgumentException("batch size and progress interval must be positive");
      }
    }
  }

  private final Map<String, DocumentParser> parsers = new TreeMap<>();
  private final ImportJobRepository jobs;
  private final ImportRecordApplier applier;
  private final ImportWorker worker;
  private final ImportProgress progress;
  private final Clock clock;
  private final Settings settings;

  public ImportDocumentsService(
      List<DocumentParser> parsers,
      ImportJobRepository jobs,
      ImportRecordApplier applier,
      ImportWorker worker,
      ImportProgress progress,
      Clock clock,
      Settings settings) {
    for (DocumentParser parser : parsers) {
      if (this.parsers.put(parser.format().toLowerCase(Locale.ROOT), parser) != null) {
        throw new IllegalStateException("two parsers for format " + parser.format());
      }
    }
    this.jobs = jobs;
    this.applier = applier;
    this.worker = worker;
    this.progress = progress;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public ImportJob start(ImportDocumentsCommand command) {
    try {
      DocumentParser parser = parserFor(command.format());
      ImportSource source = sourceOf(command);

      ImportJobId repeatOf = jobs.lastCompletedImportOf(source).orElse(null);
      ImportJob job = ImportJob.start(ImportJobId.random(), source, repeatOf, clock.instant());
      jobs.add(job);

      submit(new Run(job, parser, command));
      return job;
    } catch (RuntimeException refused) {
      command.content().discard();
      throw refused;
    }
  }

  private DocumentParser parserFor(String format) {
    DocumentParser parser = parsers.get(format.toLowerCase(Locale.ROOT));
    if (parser == null) {
      throw DomainException.ruleViolated(
          "unknown-format",
          "no import format '%s'; known: %s"
              .formatted(format, String.join(", ", parsers.keySet())));
    }
    return parser;
  }

  private static ImportSource sourceOf(ImportDocumentsCommand command) {
    ImportContent content = command.content();
    if (content.size() == 0) {
      throw DomainException.ruleViolated("empty-file", "the uploaded file is empty");
    }
    return new ImportSource(
        command.fileName(),
        command.format().toLowerCase(Locale.ROOT),
        command.profile(),
        sha256(content),
        content.size(),
        command.requestedBy());
  }

  private void submit(Run run) {
    try {
      worker.submit(run);
    } catch (IllegalStateException full) {
      jobs.update(run.job.failed("not started: " + full.getMessage(), clock.instant()));
      throw DomainException.conflict("import-queue-full", full.getMessage());
    }
  }

  static String sha256(ImportContent content) {
    try (InputStream in = content.open()) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** One import on its worker: count, apply in batches, finish. */
  private final class Run implements Runnable {

    private final DocumentParser parser;
    private final ImportDocumentsCommand command;
    private final DocumentParser.ParseOptions options;
    private final List<NumberedRecord> pending = new ArrayList<>();
    private ImportJob job;
    private int sequence;

    Run(ImportJob job, DocumentParser parser, ImportDocumentsCommand command) {
      this.job = job;
      this.parser = parser;
      this.command = command;
      this.options = new DocumentParser.ParseOptions(command.profile());
    }

    @Override
    public void run() {
      try {
        job = job.counted(count());
        jobs.update(job);
        progress.started(job);

        read(this::take);
        flush();

        finish(job.completed(clock.instant()));
      } catch (DocumentParser.UnreadableFileException unreadable) {
        finish(job.failed("the file cannot be read: " + unreadable.getMessage(), clock.instant()));
      } catch (Stopped stopped) {
        finish(job.failed(stopped.getMessage(), clock.instant()));
      } catch (Exception failure) {
        finish(job.failed("stopped by an unexpected failure: " + failure, clock.instant()));
        throw unchecked(failure);
      } finally {
        command.content().discard();
      }
    }

    private int count() {
      int[] records = {0};
      read(record -> records[0]++);
      return records[0];
    }

    private void read(Consumer<ParsedRecord> sink) {
      try (InputStream in = command.content().open()) {
        parser.parse(in, options, sink);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the uploaded file", e);
      }
    }

    private void take(ParsedRecord record) {
      if (Thread.currentThread().isInterrupted()) {
        throw new Stopped();
      }
      pending.add(new NumberedRecord(++sequence, record));
      if (pending.size() >= settings.batchSize()) {
        flush();
      }
    }

    private void flush() {
      if (pending.isEmpty()) {
        return;
      }
      int before = job.recordsDone();
      job = job.recorded(applyInOrder(List.copyOf(pending)));
      pending.clear();
      if (before / settings.progressEvery() != job.recordsDone() / settings.progressEvery()) {
        progress.progressed(job);
      }
    }

    private List<ImportedRecord> applyInOrder(List<NumberedRecord> records) {
      List<ImportedRecord> lines = new ArrayList<>(records.size());
      List<NumberedRecord> rest = records;
      while (!rest.isEmpty()) {
        try {
          lines.addAll(applier.apply(job.id(), rest));
          rest = List.of();
        } catch (RecordRefusedException refused) {
          int at = rest.indexOf(refused.record());
          lines.addAll(applyInOrder(rest.subList(0, at)));
          lines.add(applier.reject(job.id(), refused.record(), refused.reason()));
          rest = rest.subList(at + 1, rest.size());
        } catch (Exception failure) {
          // also a checked failure to commit, which a transaction interceptor may rethrow as is
          if (rest.size() == 1) {
            throw unchecked(failure);
          }
          progress.batchRetried(job, rest.size(), failure);
          lines.addAll(oneByOne(rest));
          rest = List.of();
        }
      }
      return lines;
    }

    /** After a batch failed for a reason no record was named for, each record on its own. */
    private List<ImportedRecord> oneByOne(List<NumberedRecord> records) {
      List<ImportedRecord> lines = new ArrayList<>(records.size());
      for (NumberedRecord record : records) {
        lines.addAll(applyInOrder(List.of(record)));
      }
      return lines;
    }

    private void finish(ImportJob finished) {
      jobs.update(finished);
      job = finished;
      progress.finished(finished);
    }
  }

  private static RuntimeException unchecked(Exception failure) {
    return failure instanceof RuntimeException runtime
        ? runtime
        : new IllegalStateException(failure.toString(), failure);
  }

  /** The worker was told to stop, as the service shuts down. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super("stopped: the service shut down; import the file again to finish it");
    }
  }
}
