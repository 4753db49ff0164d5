package com.recoup.credit;

import com.recoup.kernel.testing.HexagonArchitectureTest;

class ArchitectureTest extends HexagonArchitectureTest {

  @Override
  protected String basePackage() {
    return "com.recoup.credit";
  }
}
