package io.github.gkml.diff;

import java.util.List;

/**
 * 增删 — what one element of an item lost and gained between two versions, each in the order of its
 * own side. An element compared as a set (channels, levels …) lists the values in one side only; a
 * list element (content, subjects) compares folded text (spacing, width and brackets ignored) and
 * keeps each side's spelling.
 *
 * @param removed values of the old item that the new one does not have
 * @param added values of the new item that the old one did not have
 * @param <T> the value type
 * @since 0.1
 */
public record Delta<T>(List<T> removed, List<T> added) {

  /** Copies both lists. */
  public Delta {
    removed = List.copyOf(removed);
    added = List.copyOf(added);
  }

  /** Whether nothing was lost or gained. */
  public boolean isEmpty() {
    return removed.isEmpty() && added.isEmpty();
  }

  /** The same delta seen from the other side: removed and added swapped. */
  public Delta<T> inverse() {
    return new Delta<>(added, removed);
  }
}
