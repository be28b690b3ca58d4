package io.github.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every header layout the 26 domain dossiers observed in published catalogs is accounted for in
 * {@code observed-layouts.tsv} — handled, partly handled, or not, with how or why — and the counts
 * are printed. Skips when {@code ../shared} is absent.
 */
class ObservedLayoutsTest {

  record Entry(String status, String prefix, String how) {}

  @Test
  void every_observed_layout_is_classified() throws IOException {
    Path domains = Path.of(System.getProperty("gkml.shared", "../shared"), "reference", "domains");
    assumeTrue(Files.isDirectory(domains), "shared/reference/domains is absent");
    Map<String, Entry> classified = classification();

    Map<String, String> observed = observed(domains);
    Map<String, Integer> counts = new TreeMap<>();
    for (Map.Entry<String, String> layout : observed.entrySet()) {
      Entry entry = classified.get(layout.getKey());
      assertThat(entry)
          .as("unclassified layout %s: %s", layout.getKey(), layout.getValue())
          .isNotNull();
      assertThat(layout.getValue()).as(layout.getKey()).startsWith(entry.prefix());
      counts.merge(entry.status(), 1, Integer::sum);
    }

    assertThat(classified.keySet()).containsExactlyInAnyOrderElementsOf(observed.keySet());
    System.out.printf(
        "observed header layouts: %d — handled %d, partly %d, not handled %d%n",
        observed.size(),
        counts.getOrDefault("H", 0),
        counts.getOrDefault("P", 0),
        counts.getOrDefault("N", 0));
    assertThat(counts.getOrDefault("H", 0)).isGreaterThanOrEqualTo(140);
  }

  static Map<String, Entry> classification() throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (InputStream in = ObservedLayoutsTest.class.getResourceAsStream("/observed-layouts.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        assertThat(fields[2]).as(line).isIn("H", "P", "N");
        entries.put(fields[0] + "#" + fields[1], new Entry(fields[2], fields[3], fields[4]));
      }
    }
    return entries;
  }

  /** The header layouts of each dossier, keyed {@code slug#index}. */
  static Map<String, String> observed(Path domains) throws IOException {
    Map<String, String> layouts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(domains)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String slug = file.getFileName().toString().replace(".yaml", "");
        List<String> items = headerLayouts(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (int i = 0; i < items.size(); i++) {
          layouts.put(slug + "#" + (i + 1), items.get(i));
        }
      }
    }
    return layouts;
  }

  /** The entries under {@code observed_variants: header_layouts:}, one {@code - } line each. */
  static List<String> headerLayouts(List<String> lines) {
    List<String> items = new ArrayList<>();
    boolean inVariants = false;
    boolean inLayouts = false;
    for (String line : lines) {
      if (!line.startsWith(" ")) {
        inVariants = line.startsWith("observed_variants:");
        inLayouts = false;
      } else if (inVariants && line.matches("  [^\\s-].*")) {
        inLayouts = line.startsWith("  header_layouts:");
      } else if (inLayouts && line.startsWith("  - ")) {
        items.add(unquote(line.substring(4).strip()));
      }
    }
    return items;
  }

  private static String unquote(String text) {
    boolean quoted =
        text.length() > 1
            && (text.startsWith("'") || text.startsWith("\""))
            && text.endsWith(text.substring(0, 1));
    return quoted ? text.substring(1, text.length() - 1).replace("''", "'") : text;
  }
}
