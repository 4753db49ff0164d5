package com.recoup.collections.adapter.out.parser.csv;

import com.recoup.collections.application.port.out.DocumentParser.UnreadableFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * One pass over a CSV file under a profile. A file that cannot be read as CSV at all (wrong
 * encoding, a quote never closed, a header without the profile's columns) is refused whole, with
 * the line where reading stopped; a row whose cells are wrong is handed on as unreadable.
 */
final class CsvFile {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvFile() {}

  static void read(Path file, CsvMapping mapping, Consumer<CsvRowReader.Result> rows) {
    CsvRowReader reader = new CsvRowReader(mapping);
    try (CSVParser parser = parserOf(file, mapping)) {
      int columns = requireColumns(parser, mapping);
      Iterator<CSVRecord> records = parser.iterator();
      while (next(records, parser)) {
        CSVRecord record = records.next();
        String position = "line " + parser.getCurrentLineNumber();
        rows.accept(reader.read(record, position, columns));
      }
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException(
          "the file is not text in %s: %s".formatted(mapping.charset(), e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the buffered CSV file", e);
    }
  }

  private static CSVParser parserOf(Path file, CsvMapping mapping) throws IOException {
    try {
      return CSVParser.builder().setReader(open(file, mapping)).setFormat(format(mapping)).get();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UnreadableFileException("the header cannot be read: " + e.getMessage(), e);
    }
  }

  private static boolean next(Iterator<CSVRecord> records, CSVParser parser) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause instanceof CharacterCodingException) {
        throw new UnreadableFileException("the file is not text in the profile's encoding", cause);
      }
      throw new UnreadableFileException(
          "not CSV at line %d: %s".formatted(parser.getCurrentLineNumber(), cause.getMessage()),
          cause);
    }
  }

  private static int requireColumns(CSVParser parser, CsvMapping mapping) {
    List<String> header = parser.getHeaderNames();
    List<String> missing = new ArrayList<>();
    for (String column : mapping.columns().values()) {
      if (!header.contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw new UnreadableFileException(
          "the header lacks the columns %s that profile %s reads; it has %s"
              .formatted(missing, mapping.name(), header));
    }
    return header.size();
  }

  private static CSVFormat format(CsvMapping mapping) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(mapping.delimiter())
        .setHeader()
        .setSkipHeaderRecord(true)
        .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
        .setAllowMissingColumnNames(true)
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .get();
  }

  /** A reader that refuses bytes that are not text in the profile's encoding, without a BOM. */
  private static Reader open(Path file, CsvMapping mapping) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(file),
                mapping
                    .charset()
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    reader.mark(1);
    if (reader.read() != BYTE_ORDER_MARK) {
      reader.reset();
    }
    return reader;
  }
}
