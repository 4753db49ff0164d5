package com.recoup.collections.adapter.out.worker;

import com.recoup.collections.application.port.out.ImportWorker;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Threads of their own for imports, so that a long file neither holds an HTTP worker nor competes
 * with the request threads beyond the few it is given. Excess imports wait in a bounded queue.
 */
@ApplicationScoped
public class ImportWorkerPool implements ImportWorker {

  @ConfigProperty(name = "recoup.imports.workers", defaultValue = "1")
  int workers;

  @ConfigProperty(name = "recoup.imports.queue-capacity", defaultValue = "50")
  int queueCapacity;

  private ThreadPoolExecutor executor;

  @PostConstruct
  void open() {
    AtomicInteger threads = new AtomicInteger();
    executor =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(queueCapacity),
            task -> {
              Thread thread = new Thread(task, "import-worker-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  void close(@Observes ShutdownEvent shutdown) {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        Log.warn("imports still running at shutdown are left failed for the next start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void submit(Runnable task) {
    try {
      executor.execute(() -> runReportingFailure(task));
    } catch (RejectedExecutionException full) {
      throw new IllegalStateException(
          "%d imports are waiting already; try again later".formatted(queueCapacity), full);
    }
  }

  private static void runReportingFailure(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      Log.error("import stopped by an unexpected failure", e);
    }
  }
}
