package com.recoup.collections.application.port.out;

/** Runs long imports in the background, so that an upload is answered at once. */
public interface ImportWorker {

  /** Queues the task; refuses with an {@link IllegalStateException} when it cannot take more. */
  void submit(Runnable task);
}
