package com.recoup.collections.adapter.out.parser.mt940;

import com.recoup.collections.application.port.out.DocumentParser.UnreadableFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Splits an MT940 file into statements, line by line, whatever the bank wrapped around them: bank
 * header lines, SWIFT block braces, "-" trailers and control characters are dropped; a statement
 * runs from its :20: field to the next. A file without any MT940 field is refused.
 */
final class Mt940Reader {

  private static final Pattern FIELD = Pattern.compile("^:[0-9]{2}[A-Z]?:.*");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");

  private Mt940Reader() {}

  static void read(InputStream content, Consumer<Mt940Statement> statements) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(content, decoder()));
    List<String> current = new ArrayList<>();
    boolean inStatement = false;
    int count = 0;
    try {
      for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
        String line = CONTROL.matcher(raw).replaceAll("").stripTrailing();
        boolean field = FIELD.matcher(line).matches();
        if (field && (line.startsWith(":20:") || !inStatement)) {
          count = flush(current, count, statements);
          inStatement = true;
        }
        if (isTrailer(line)) {
          inStatement = false;
        } else if (inStatement && !line.isBlank()) {
          current.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    count = flush(current, count, statements);
    if (count == 0) {
      throw new UnreadableFileException(
          "not an MT940 statement: the file holds no SWIFT field such as :20:, :60F: or :61:");
    }
  }

  private static boolean isTrailer(String line) {
    return line.equals("-") || line.endsWith("-}") || line.startsWith("{");
  }

  private static int flush(List<String> lines, int count, Consumer<Mt940Statement> statements) {
    if (lines.isEmpty()) {
      return count;
    }
    statements.accept(Mt940Statement.parse(count + 1, List.copyOf(lines)));
    lines.clear();
    return count + 1;
  }

  private static java.nio.charset.CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }
}
