package com.recoup.kernel.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the real local Kafka broker through the deploy script, for tests that prove
 * nothing is lost while the broker is down. The script waits until the broker answers again.
 */
public final class KafkaBroker {

  private KafkaBroker() {}

  public static void stop() {
    run("stop");
  }

  public static void start() {
    run("start");
  }

  private static void run(String action) {
    Path script = deployScript();
    try {
      Process process =
          new ProcessBuilder("bash", script.toString(), "kafka", action).inheritIO().start();
      if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("deploy/recoup kafka " + action + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Path deployScript() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path script = dir.resolve("deploy/recoup");
      if (Files.isRegularFile(script)) {
        return script;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "deploy/recoup not found above " + Path.of("").toAbsolutePath());
  }
}
