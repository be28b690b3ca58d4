package io.github.gkml.io;

import io.github.gkml.validation.Finding;
import java.util.List;
import java.util.Objects;

/**
 * 表格导入结果 — what one table file holds: one catalog, or several (a page with one table per domain, a
 * workbook with one sheet per domain), in the order found.
 *
 * @param file the file name as the user gave it
 * @param catalogs the catalogs, at least one
 * @since 0.1
 */
public record TableImport(String file, List<ImportedCatalog> catalogs) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if there is no catalog
   */
  public TableImport {
    Objects.requireNonNull(file, "file");
    catalogs = List.copyOf(catalogs);
    if (catalogs.isEmpty()) {
      throw new IllegalArgumentException("catalogs: a table import holds at least one catalog");
    }
  }

  /** Whether the file holds more than one catalog. */
  public boolean hasSeveral() {
    return catalogs.size() > 1;
  }

  /** The rows of every catalog that could not be read. */
  public List<Finding> findings() {
    return catalogs.stream().flatMap(c -> c.findings().stream()).toList();
  }
}
