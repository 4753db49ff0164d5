package com.recoup.collections.adapter.in.rest;

import com.recoup.collections.application.port.in.ImportContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An upload copied to a temporary file as it arrives, counting bytes, so that an upload over the
 * limit is refused after at most the limit has been read, and the import can read the file twice.
 */
final class SpooledUpload implements ImportContent {

  private final Path file;
  private final long size;

  private SpooledUpload(Path file, long size) {
    this.file = file;
    this.size = size;
  }

  /** The spooled upload, or empty when the body is longer than {@code maxBytes}. */
  static Optional<SpooledUpload> of(InputStream body, long maxBytes) throws IOException {
    Path file = Files.createTempFile("recoup-import-", ".upload");
    long size = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        size += n;
        if (size > maxBytes) {
          break;
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    if (size > maxBytes) {
      Files.deleteIfExists(file);
      return Optional.empty();
    }
    return Optional.of(new SpooledUpload(file, size));
  }

  @Override
  public InputStream open() throws IOException {
    return Files.newInputStream(file);
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void discard() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the spooled upload " + file, e);
    }
  }
}
