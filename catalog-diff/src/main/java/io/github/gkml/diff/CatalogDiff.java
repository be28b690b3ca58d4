package io.github.gkml.diff;

import io.github.gkml.model.Catalog;
import java.util.List;
import java.util.Objects;

/**
 * 比对结果 — what changed between two versions of a catalog: the matched items and every change, items
 * in the order of the new catalog (removed items after, in the order of the old), each item's
 * changes in a fixed order (added/removed/renamed first, then code, content, basis, deadline,
 * display period, subjects, channels, audience, modes, levels).
 *
 * @param oldCatalog the earlier version
 * @param newCatalog the later version
 * @param matches the items matched across the two
 * @param changes every difference
 * @since 0.1
 */
public record CatalogDiff(
    Catalog oldCatalog, Catalog newCatalog, List<ItemMatch> matches, List<Change> changes) {

  /** Validates and copies. */
  public CatalogDiff {
    Objects.requireNonNull(oldCatalog, "oldCatalog");
    Objects.requireNonNull(newCatalog, "newCatalog");
    matches = List.copyOf(matches);
    changes = List.copyOf(changes);
  }

  /** Whether the two catalogs hold the same items with the same elements (order aside). */
  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
