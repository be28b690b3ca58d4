package io.github.gkml.diff;

import io.github.gkml.model.ItemPath;
import java.util.Objects;

/**
 * Where a matched item is on each side: its path and index in the old and in the new catalog (the
 * paths differ when the item was renamed).
 *
 * @param oldPath the path in the old catalog
 * @param newPath the path in the new catalog
 * @param oldIndex the index in the old catalog's items
 * @param newIndex the index in the new catalog's items
 * @since 0.1
 */
public record ItemPair(ItemPath oldPath, ItemPath newPath, int oldIndex, int newIndex) {

  /** Validates. */
  public ItemPair {
    Objects.requireNonNull(oldPath, "oldPath");
    Objects.requireNonNull(newPath, "newPath");
  }

  /** The pair of a match. */
  public static ItemPair of(ItemMatch match) {
    return new ItemPair(
        match.oldItem().path(), match.newItem().path(), match.oldIndex(), match.newIndex());
  }

  /** The same pair seen from the other side. */
  public ItemPair inverse() {
    return new ItemPair(newPath, oldPath, newIndex, oldIndex);
  }
}
