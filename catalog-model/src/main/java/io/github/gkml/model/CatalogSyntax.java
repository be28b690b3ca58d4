package io.github.gkml.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The two syntaxes of the catalog file format: JSON and YAML share one shape.
 *
 * @since 0.1
 */
public enum CatalogSyntax {
  /** JSON, {@code .json}. */
  JSON,
  /** YAML, {@code .yaml} or {@code .yml}. */
  YAML;

  /** The syntax a file name's extension names: {@code .json}, {@code .yaml}, {@code .yml}. */
  public static Optional<CatalogSyntax> fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
