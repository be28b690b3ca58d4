package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.CatalogFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example catalogs (examples/data) validate with no error under every rule. */
class ExampleCatalogsTest {

  static final Path DATA = Path.of(System.getProperty("gkml.root", ".."), "examples", "data");

  static Stream<Path> exampleCatalogs() throws IOException {
    try (Stream<Path> files = Files.list(DATA)) {
      List<Path> catalogs =
          files
              .filter(f -> f.toString().endsWith(".yaml"))
              .filter(f -> !f.toString().endsWith("-acceptances.yaml"))
              .sorted()
              .toList();
      assertThat(catalogs).hasSizeGreaterThanOrEqualTo(4);
      return catalogs.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("exampleCatalogs")
  void has_no_error(Path file) throws IOException {
    List<Finding> findings =
        CatalogValidator.defaults().validate(CatalogFormat.defaults().load(file));

    assertThat(findings).as("%s", findings).noneMatch(f -> f.severity() == Severity.ERROR);
  }
}
