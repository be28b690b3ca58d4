package io.github.gkml.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module graph is one-way and {@code internal} packages stay private (DESIGN §7). */
class ArchitectureTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.gkml");

  @Test
  void sees_every_module() {
    assertThat(CLASSES.containPackage("io.github.gkml.model")).isTrue();
    assertThat(CLASSES.containPackage("io.github.gkml.validation")).isTrue();
    assertThat(CLASSES.containPackage("io.github.gkml.rules")).isTrue();
    assertThat(CLASSES.containPackage("io.github.gkml.io")).isTrue();
    assertThat(CLASSES.containPackage("io.github.gkml.sdk")).isTrue();
    assertThat(CLASSES.containPackage("io.github.gkml.cli")).isTrue();
  }

  @Test
  void the_model_depends_on_no_other_gkml_module() {
    noClasses()
        .that()
        .resideInAPackage("io.github.gkml.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.gkml.validation..",
            "io.github.gkml.rules..",
            "io.github.gkml.io..",
            "io.github.gkml.sdk..",
            "io.github.gkml.cli..")
        .check(CLASSES);
  }

  @Test
  void only_the_command_line_builds_on_the_sdk() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.gkml.model..",
            "io.github.gkml.diff..",
            "io.github.gkml.validation..",
            "io.github.gkml.rules..",
            "io.github.gkml.io..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.gkml.sdk..")
        .check(CLASSES);
  }

  @Test
  void tables_depend_on_no_command_line() {
    noClasses()
        .that()
        .resideInAPackage("io.github.gkml.io..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.gkml.cli..")
        .check(CLASSES);
  }

  @Test
  void validation_does_not_depend_on_tables() {
    noClasses()
        .that()
        .resideInAnyPackage("io.github.gkml.validation..", "io.github.gkml.diff..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.gkml.io..")
        .check(CLASSES);
  }

  @Test
  void only_catalog_io_touches_poi_and_jsoup() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.gkml.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..", "org.openxmlformats..", "org.jsoup..")
        .check(CLASSES);
  }

  @Test
  void validation_depends_on_neither_the_rules_nor_the_command_line() {
    noClasses()
        .that()
        .resideInAPackage("io.github.gkml.validation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.gkml.rules..", "io.github.gkml.cli..")
        .check(CLASSES);
  }

  @Test
  void the_rules_depend_on_no_gkml_module_but_the_model_diff_and_validation() {
    noClasses()
        .that()
        .resideInAPackage("io.github.gkml.rules..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.github.gkml..")
                .and(
                    resideOutsideOfPackages(
                        "io.github.gkml.model..",
                        "io.github.gkml.diff..",
                        "io.github.gkml.validation..",
                        "io.github.gkml.rules..")))
        .check(CLASSES);
  }

  @Test
  void internal_packages_are_used_only_inside_their_own_module() {
    for (String module :
        new String[] {"model", "diff", "validation", "rules", "io", "sdk", "cli"}) {
      String root = "io.github.gkml." + module;
      noClasses()
          .that()
          .resideOutsideOfPackage(root + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(root + ".internal..")
          .check(CLASSES);
    }
  }

  @Test
  void only_the_command_line_writes_to_the_console_or_exits() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.gkml.cli..")
        .and()
        .resideOutsideOfPackage("io.github.gkml.examples..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .check(CLASSES);
  }

  @Test
  void only_the_entry_point_exits_the_jvm() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(Gkml.class.getName())
        .should()
        .callMethod(System.class, "exit", int.class)
        .check(CLASSES);
  }

  @Test
  void packages_have_no_cycles() {
    slices().matching("io.github.gkml.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void exported_value_types_are_records_or_enums_or_final() {
    classes()
        .that()
        .resideInAnyPackage(
            "io.github.gkml.model",
            "io.github.gkml.validation",
            "io.github.gkml.rules",
            "io.github.gkml.io",
            "io.github.gkml.sdk")
        .and()
        .arePublic()
        .and()
        .areNotInterfaces()
        .should()
        .haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL)
        .check(CLASSES);
  }
}
