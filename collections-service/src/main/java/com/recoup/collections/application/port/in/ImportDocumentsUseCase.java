package com.recoup.collections.application.port.in;

import com.recoup.collections.domain.imports.ImportJob;

/**
 * Imports a file of ledger documents: every record goes through the use case that owns its kind of
 * document, in a transaction of its own, and gets an outcome in the import's report. Importing the
 * same file again changes nothing.
 */
public interface ImportDocumentsUseCase {

  /**
   * Registers the import and starts it in the background; the job it returns is running. Takes
   * ownership of the command's content, also when it refuses the command.
   */
  ImportJob start(ImportDocumentsCommand command);
}
