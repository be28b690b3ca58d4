package io.github.gkml.sdk;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.validation.Finding;
import java.util.List;
import java.util.Objects;

/**
 * 读入的目录 — a catalog read from a file, with what could not be read from it.
 *
 * <p>A catalog file (.json, .yaml) is read whole or not at all, so its {@code findings} are empty.
 * A table may have rows that are not items (a merged note, a row whose cells cannot be told apart):
 * each is a ROW_UNREADABLE finding naming its sheet and row, so that nothing the county published
 * is silently dropped. {@link Gkml} adds these findings to every report on the catalog.
 *
 * @param loaded the catalog and where each of its items was read
 * @param findings what could not be read, as findings; empty for a catalog file
 * @since 0.1
 */
public record CatalogInput(LoadedCatalog loaded, List<Finding> findings) {

  /** Validates and copies. */
  public CatalogInput {
    Objects.requireNonNull(loaded, "loaded");
    findings = List.copyOf(findings);
  }

  /**
   * A catalog held in memory: {@code source} names it in reports, and its items by their place,
   * {@code source#/items/3}, unless they carry their own source.
   */
  public static CatalogInput of(Catalog catalog, String source) {
    return new CatalogInput(LoadedCatalog.of(catalog, source), List.of());
  }

  /** The catalog. */
  public Catalog catalog() {
    return loaded.catalog();
  }

  /** The file (or sheet) it was read from. */
  public String source() {
    return loaded.source();
  }
}
