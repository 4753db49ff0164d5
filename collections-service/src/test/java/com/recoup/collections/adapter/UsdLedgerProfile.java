package com.recoup.collections.adapter;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A ledger kept in US dollars, like the company of the IBM sample, whose invoices carry no exchange
 * rate; small import limits so that the refusals are quick to provoke.
 */
public class UsdLedgerProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "recoup.ledger.functional-currency", "USD",
        "recoup.imports.max-bytes", "1M",
        "recoup.imports.batch-size", "50",
        "recoup.imports.progress-every", "500");
  }
}
