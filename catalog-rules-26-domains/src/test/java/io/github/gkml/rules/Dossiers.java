package io.github.gkml.rules;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.gkml.model.PilotDomain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference dossiers ({@code ../shared/reference/domains}), found through the system property
 * {@code gkml.shared}. Tests that cross-check against them are skipped, never failed, when the
 * folder is absent.
 */
final class Dossiers {

  private static final YAMLMapper YAML = new YAMLMapper();

  private Dossiers() {}

  static Optional<Path> folder() {
    String shared = System.getProperty("gkml.shared");
    if (shared == null) {
      return Optional.empty();
    }
    Path folder = Path.of(shared, "reference", "domains");
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  /** The domain's dossier; skips the calling test when the dossiers are absent. */
  static JsonNode of(PilotDomain domain) throws IOException {
    Optional<Path> folder = folder();
    assumeTrue(folder.isPresent(), "gkml.shared does not point to the reference dossiers");
    return YAML.readTree(folder.get().resolve(domain.slug() + ".yaml").toFile());
  }

  /** The dossier's baseline_items. */
  static List<JsonNode> baselineItems(JsonNode dossier) {
    List<JsonNode> rows = new ArrayList<>();
    dossier.get("baseline_items").forEach(rows::add);
    return rows;
  }

  /** A row's name as the baseline notes write it: the read segments joined by "/". */
  static String name(JsonNode row) {
    List<String> segments = new ArrayList<>();
    for (String level : List.of("level1", "level2", "level3")) {
      JsonNode segment = row.path(level);
      if (segment.isTextual() && !segment.asText().isBlank() && !segment.asText().equals("—")) {
        segments.add(segment.asText());
      }
    }
    return String.join("/", segments);
  }

  /** Whether the dossier gives no value for a field: null, missing or an empty list. */
  static boolean unread(JsonNode row, String field) {
    JsonNode value = row.path(field);
    return value.isMissingNode() || value.isNull() || (value.isArray() && value.isEmpty());
  }
}
