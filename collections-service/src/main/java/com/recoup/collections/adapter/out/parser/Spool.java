package com.recoup.collections.adapter.out.parser;

import com.recoup.collections.application.port.out.DocumentParser.UnreadableFileException;
import io.quarkus.logging.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Reads an upload twice without holding it in memory: once to check it whole (bank statements must
 * reconcile before any of their records is handed on), once to hand on its records. The upload is
 * copied to a temporary file that is deleted afterwards.
 */
public final class Spool {

  private Spool() {}

  public static void twice(
      InputStream content, Consumer<InputStream> check, Consumer<InputStream> emit) {
    Path file = copy(content);
    try {
      read(file, check);
      read(file, emit);
    } finally {
      delete(file);
    }
  }

  private static void read(Path file, Consumer<InputStream> pass) {
    try (InputStream in = Files.newInputStream(file)) {
      pass.accept(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copy(InputStream content) {
    try {
      Path file = Files.createTempFile("recoup-import-", ".upload");
      Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UnreadableFileException("the upload could not be buffered: " + e.getMessage(), e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      Log.warnf("temporary upload not deleted path=%s reason=%s", file, e.getMessage());
    }
  }
}
