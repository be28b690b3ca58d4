package io.github.gkml.diff;

import io.github.gkml.model.Item;
import java.util.Objects;

/**
 * One item of the old catalog matched with one of the new.
 *
 * @param oldItem the item in the old catalog
 * @param newItem the item in the new catalog
 * @param oldIndex its index in the old catalog's items
 * @param newIndex its index in the new catalog's items
 * @param kind how it was matched
 * @since 0.1
 */
public record ItemMatch(Item oldItem, Item newItem, int oldIndex, int newIndex, MatchKind kind) {

  /** Validates. */
  public ItemMatch {
    Objects.requireNonNull(oldItem, "oldItem");
    Objects.requireNonNull(newItem, "newItem");
    Objects.requireNonNull(kind, "kind");
  }

  /** The same match seen from the other side. */
  public ItemMatch inverse() {
    return new ItemMatch(newItem, oldItem, newIndex, oldIndex, kind);
  }
}
