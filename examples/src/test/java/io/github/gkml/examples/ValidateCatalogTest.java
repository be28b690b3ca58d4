package io.github.gkml.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCatalogTest {

  static final Path DATA = Path.of(System.getProperty("gkml.root", ".."), "examples", "data");

  static Stream<Path> exampleCatalogs() throws IOException {
    try (Stream<Path> files = Files.list(DATA)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .filter(f -> !f.toString().endsWith("-acceptances.yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** The 2023 example before its unread cells were filled (see examples/data/README.md). */
  static final Path GAPS = Path.of("src/test/resources/gaps.yaml");

  @Test
  void reports_the_gaps_a_catalog_leaves() throws IOException {
    List<String> lines = ValidateCatalog.check(GAPS);

    assertThat(lines)
        .anyMatch(l -> l.startsWith("ERROR ELEMENT_MISSING 最低生活保障 / 审批信息: 缺少必备要素“公开主体”"));
  }

  @Test
  void main_prints_one_line_per_finding() throws IOException {
    PrintStream before = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      ValidateCatalog.main(new String[] {GAPS.toString()});
    } finally {
      System.setOut(before);
    }

    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactlyElementsOf(ValidateCatalog.check(GAPS));
  }

  @ParameterizedTest
  @MethodSource("exampleCatalogs")
  void every_example_catalog_loads_and_has_no_error(Path file) throws IOException {
    assertThat(ValidateCatalog.check(file))
        .allSatisfy(l -> assertThat(l).isNotBlank())
        .noneMatch(l -> l.startsWith("ERROR"));
  }
}
