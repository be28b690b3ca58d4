package io.github.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.gkml.io.TableFormat;
import io.github.gkml.io.TableImportException;
import io.github.gkml.io.TableImporter;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code corpus/manifest.tsv}, docs/reliability.md): every case through the
 * command line and through the API, each within a time limit. A case that crashes, hangs, exhausts
 * memory or gives an error that does not name the file and where is a defect of the library.
 */
class BadInputCorpusTest {

  /** Far more than any case needs (the slowest takes a few seconds): a hang fails. */
  static final Duration TIME_LIMIT = Duration.ofSeconds(60);

  @TempDir static Path dir;

  /** One line of the manifest. */
  record Case(String file, String command, int exit, String where) {

    boolean isGenerated() {
      return file.startsWith("gen:");
    }

    String name() {
      return isGenerated() ? file.substring(4) : file;
    }

    @Override
    public String toString() {
      return file + " (" + command + ", exit " + exit + ")";
    }
  }

  static Path corpus() {
    try {
      return Path.of(
              Objects.requireNonNull(BadInputCorpusTest.class.getResource("/corpus/manifest.tsv"))
                  .toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Case> cases() throws IOException {
    return Files.readAllLines(corpus().resolve("manifest.tsv"), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t", -1))
        .map(f -> new Case(f[0], f[1], Integer.parseInt(f[2]), f[3]))
        .toList();
  }

  /** The case's file in a folder of its own (generated, or copied from the corpus). */
  static Path file(Case c) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(String.valueOf(c.name().hashCode())));
    Path file = folder.resolve(c.name());
    if (Files.exists(file)) {
      return file;
    }
    return c.isGenerated()
        ? BadInputFiles.write(folder, c.name())
        : Files.copy(corpus().resolve(c.name()), file);
  }

  @Test
  void every_case_is_decided_and_every_committed_file_is_in_the_manifest() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).allSatisfy(c -> assertThat(c.where()).isNotBlank().isNotEqualTo("TODO"));
    assertThat(cases).allSatisfy(c -> assertThat(c.command()).isIn("validate", "import"));
    try (Stream<Path> files = Files.list(corpus())) {
      List<String> named = cases.stream().map(Case::file).toList();
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> !f.endsWith(".tsv")))
          .allSatisfy(f -> assertThat(named).contains(f));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void the_command_line_exits_as_expected_naming_the_file_and_where(Case c) throws IOException {
    Path file = file(c);
    String[] args =
        c.command().equals("import")
            ? new String[] {"import", file.toString(), "-o", file + ".out.yaml"}
            : new String[] {"validate", file.toString()};

    CliRun run = assertTimeoutPreemptively(TIME_LIMIT, () -> CliRun.of(args));

    assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(c.exit());
    if (c.exit() == 3) {
      assertThat(run.err().strip())
          .as("one error line naming the file")
          .doesNotContain("\n")
          .startsWith(file.toString())
          .contains(c.where())
          .doesNotContain("Exception")
          .doesNotContain("TOP-SECRET-VALUE");
    } else {
      assertThat(run.out()).contains(c.where()).doesNotContain("TOP-SECRET-VALUE");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void the_api_throws_only_its_documented_exception_with_the_same_message(Case c)
      throws IOException {
    Path file = file(c);
    boolean table = TableFormat.fromFileName(file.toString()).isPresent();

    Throwable thrown =
        assertTimeoutPreemptively(
            TIME_LIMIT,
            () ->
                catchThrowable(
                    () -> {
                      if (table) {
                        TableImporter.defaults().read(file);
                      } else {
                        CatalogFormat.defaults().load(file);
                      }
                    }));

    if (c.exit() == 3) {
      assertThat(thrown)
          .isInstanceOf(table ? TableImportException.class : CatalogFormatException.class)
          .hasMessageStartingWith(file.toString())
          .hasMessageContaining(c.where())
          .hasMessageNotContaining("TOP-SECRET-VALUE");
    } else {
      assertThatCode(
              () -> {
                if (thrown != null) {
                  throw thrown;
                }
              })
          .doesNotThrowAnyException();
    }
  }
}
