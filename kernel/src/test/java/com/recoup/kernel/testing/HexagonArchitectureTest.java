package com.recoup.kernel.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hexagon of every Recoup service, checked on its compiled classes. A service's test extends
 * this class and names its base package. Every layer package must hold classes, so that renaming a
 * package cannot quietly switch a rule off.
 */
public abstract class HexagonArchitectureTest {

  /** The package map of STYLE.md, the same in every service. */
  public static final List<String> LAYERS =
      List.of(
          "domain",
          "application.port.in",
          "application.port.out",
          "application.service",
          "adapter.in.rest",
          "adapter.in.kafka",
          "adapter.out.persistence",
          "adapter.out.kafka",
          "config");

  private static final List<String> ADAPTERS =
      List.of(
          "adapter.in.rest", "adapter.in.kafka", "adapter.out.persistence", "adapter.out.kafka");

  private JavaClasses classes;

  /** The service's base package, for example {@code com.recoup.credit}. */
  protected abstract String basePackage();

  @BeforeEach
  void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(basePackage());
  }

  @Test
  void everyLayerPackageHoldsClasses() {
    for (String layer : LAYERS) {
      String pkg = basePackage() + "." + layer;
      assertThat(
              classes.stream()
                  .anyMatch(
                      c ->
                          c.getPackageName().equals(pkg)
                              || c.getPackageName().startsWith(pkg + ".")))
          .as("layer package %s is empty or missing", pkg)
          .isTrue();
    }
  }

  @Test
  void domainImportsOnlyJavaAndTheSharedKernelDomain() {
    classes()
        .that()
        .resideInAPackage(layer("domain"))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "com.recoup.kernel.domain..", layer("domain"))
        .check(classes);
  }

  @Test
  void applicationAddsAtMostTransactionsAndInjection() {
    classes()
        .that()
        .resideInAPackage(basePackage() + ".application..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.recoup.kernel.domain..",
            layer("domain"),
            basePackage() + ".application..",
            "jakarta.transaction..")
        .check(classes);
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    for (String adapter : ADAPTERS) {
      for (String other : ADAPTERS) {
        if (!adapter.equals(other)) {
          noClasses()
              .that()
              .resideInAPackage(layer(adapter))
              .should()
              .dependOnClassesThat()
              .resideInAPackage(layer(other))
              .check(classes);
        }
      }
    }
  }

  @Test
  void onlyConfigurationKnowsTheAdapters() {
    noClasses()
        .that()
        .resideInAnyPackage(layer("domain"), basePackage() + ".application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(basePackage() + ".adapter..")
        .check(classes);
  }

  private String layer(String name) {
    return basePackage() + "." + name + "..";
  }
}
