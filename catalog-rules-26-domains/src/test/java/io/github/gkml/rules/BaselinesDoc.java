package io.github.gkml.rules;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gkml.model.PilotDomain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The per-domain table of {@code docs/baselines.md}, found through the system property {@code
 * gkml.root}; tests that check it are skipped when the docs are absent.
 */
final class BaselinesDoc {

  /**
   * One row: | domain | slug | items kept / dossier items | township items | without levels |
   * ELEMENT_MISSING | coverage in brief | sources |.
   */
  record Row(
      String domain,
      String slug,
      int items,
      int dossierItems,
      int townshipItems,
      int withoutLevels,
      int elementMissing,
      int sources) {}

  private BaselinesDoc() {}

  static Row row(PilotDomain domain) throws IOException {
    Path doc = Path.of(System.getProperty("gkml.root", ".."), "docs", "baselines.md");
    assumeTrue(Files.isRegularFile(doc), "docs/baselines.md is not there");
    for (String line : Files.readAllLines(doc)) {
      List<String> cells = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
      if (cells.size() == 10 && cells.get(2).equals("`" + domain.slug() + "`")) {
        String[] items = cells.get(3).split("/");
        return new Row(
            cells.get(1),
            domain.slug(),
            Integer.parseInt(items[0].strip()),
            Integer.parseInt(items[1].strip()),
            Integer.parseInt(cells.get(4)),
            Integer.parseInt(cells.get(5)),
            Integer.parseInt(cells.get(6)),
            Integer.parseInt(cells.get(8)));
      }
    }
    throw new AssertionError("docs/baselines.md has no row for `" + domain.slug() + "`");
  }
}
