package com.recoup.alerting;

import com.recoup.kernel.testing.HexagonArchitectureTest;

class ArchitectureTest extends HexagonArchitectureTest {

  @Override
  protected String basePackage() {
    return "com.recoup.alerting";
  }
}
