package com.recoup.collections.adapter.out.parser;

import com.recoup.collections.application.port.out.DocumentParser;
import com.recoup.collections.application.port.out.ParsedRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Feeds parsers their sample files and the hostile inputs that every XML parser must refuse. */
public final class ParserFixtures {

  private ParserFixtures() {}

  public static List<ParsedRecord> collect(DocumentParser parser, String resource) {
    return collect(parser, resource, new DocumentParser.ParseOptions(null));
  }

  public static List<ParsedRecord> collect(
      DocumentParser parser, String resource, DocumentParser.ParseOptions options) {
    List<ParsedRecord> records = new ArrayList<>();
    try (InputStream in = ParserFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      parser.parse(in, options, records::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  public static List<ParsedRecord> collect(
      DocumentParser parser, Path file, DocumentParser.ParseOptions options) {
    List<ParsedRecord> records = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, options, records::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  public static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** An external entity that would read a local file into the document if it were resolved. */
  public static InputStream xxe(String root) {
    return stream(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE %1$s [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <%1$s>&secret;</%1$s>
        """
            .formatted(root));
  }

  /** The "billion laughs": ten levels of ten references expand to 10^9 copies of one word. */
  public static InputStream billionLaughs(String root) {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int level = 1; level <= 9; level++) {
      dtd.append("<!ENTITY lol").append(level).append(" \"");
      dtd.append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
    }
    return stream(
        "<?xml version=\"1.0\"?><!DOCTYPE %1$s [%2$s]><%1$s>&lol9;</%1$s>".formatted(root, dtd));
  }

  /** Bytes that are no text format at all (seeded, so every run feeds the same). */
  public static InputStream randomBytes() {
    byte[] bytes = new byte[4096];
    new Random(11649).nextBytes(bytes);
    return new ByteArrayInputStream(bytes);
  }
}
