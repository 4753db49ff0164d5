package com.recoup.collections.adapter;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A US-dollar ledger taking uploads as large as the benchmark's file. */
public class BenchmarkProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "recoup.ledger.functional-currency", "USD",
        "recoup.imports.max-bytes", "60M",
        "recoup.imports.progress-every", "10000");
  }
}
