package com.recoup.kpi;

import com.recoup.kernel.testing.HexagonArchitectureTest;

class ArchitectureTest extends HexagonArchitectureTest {

  @Override
  protected String basePackage() {
    return "com.recoup.kpi";
  }
}
