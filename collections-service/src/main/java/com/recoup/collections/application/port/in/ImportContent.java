package com.recoup.collections.application.port.in;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of an uploaded file, readable as often as the import needs. Whoever receives it in an
 * {@link ImportDocumentsCommand} owns it and discards it when done.
 */
public interface ImportContent {

  InputStream open() throws IOException;

  long size();

  /** Frees the storage behind the content; reading it afterwards fails. */
  void discard();
}
