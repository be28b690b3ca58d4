package io.github.gkml.io;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Item;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 导入的目录 — one catalog read from a table: the catalog (every item's {@link Item#source()} names its
 * file, sheet, row and column), where in the file it was found, and the rows that could not be read
 * (ROW_UNREADABLE findings).
 *
 * @param catalog the catalog
 * @param file the file name as the user gave it
 * @param sheet the sheet (workbooks) or {@code 表N} (the N-th table of a page or document) where the
 *     catalog's table starts, or {@code null} for a CSV file
 * @param findings the rows that could not be read, each with its row
 * @since 0.1
 */
public record ImportedCatalog(
    Catalog catalog, String file, @Nullable String sheet, List<Finding> findings) {

  /** Validates and copies. */
  public ImportedCatalog {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(file, "file");
    findings = List.copyOf(findings);
  }

  /** The catalog with each item's location, for checks that report where an item is. */
  public LoadedCatalog loaded() {
    List<SourceLocation> locations = new ArrayList<>();
    for (Item item : catalog.items()) {
      SourceLocation source = item.source();
      locations.add(source != null ? source : new SourceLocation(file, sheet, 0, 0, null));
    }
    return new LoadedCatalog(catalog, file, locations);
  }

  /** {@code 社会救助: 某县社会救助领域基层政务公开标准目录 (Sheet1, 14 items)}. */
  public String describe() {
    return catalog.domain().label()
        + ": "
        + catalog.metadata().title()
        + " ("
        + (sheet == null ? "" : sheet + ", ")
        + catalog.items().size()
        + " items)";
  }
}
