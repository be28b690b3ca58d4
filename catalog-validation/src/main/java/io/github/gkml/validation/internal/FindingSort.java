package io.github.gkml.validation.internal;

import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.Finding;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sorts findings into {@link Finding#ORDER} — the same order, stable for findings equal in it —
 * comparing item paths through a copy made for the sort: each path's segments joined by {@code
 * U+0000} into one string, made one after another so that they lie together in memory. Comparing
 * through {@code Finding → ItemPath → segments → String} reads a cache line at each step, in items
 * spread over the whole heap; at a million items a revision has tens of thousands of findings and
 * that sort came to cost as much as matching the items by code (docs/performance.md).
 *
 * <p>Joined by a char below every other, the strings compare as the paths do segment by segment
 * ({@link ItemPath#compareTo}); a path whose segments hold that char themselves sends the whole
 * sort to {@link Finding#ORDER} unchanged. Ties on the path fall back to {@link Finding#ORDER}.
 */
public final class FindingSort {

  private static final char SEPARATOR = '\u0000';

  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::path, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Entry::finding, Finding.ORDER);

  private FindingSort() {}

  /** Sorts {@code findings}, a modifiable list, in place. */
  public static void sort(List<Finding> findings) {
    int size = findings.size();
    if (size < 2) {
      return;
    }
    Entry[] entries = new Entry[size];
    for (int i = 0; i < size; i++) {
      Finding finding = findings.get(i);
      ItemPath item = finding.item();
      String path = item == null ? null : joined(item);
      if (path != null && path.isEmpty()) {
        findings.sort(Finding.ORDER); // a segment holds the separator
        return;
      }
      entries[i] = new Entry(path, finding);
    }
    Arrays.sort(entries, ORDER);
    for (int i = 0; i < size; i++) {
      findings.set(i, entries[i].finding());
    }
  }

  /** The segments joined by {@link #SEPARATOR}; empty if one of them holds it. */
  private static String joined(ItemPath path) {
    StringBuilder joined = new StringBuilder(32);
    for (String segment : path.segments()) {
      if (segment.indexOf(SEPARATOR) >= 0) {
        return "";
      }
      if (joined.length() > 0) {
        joined.append(SEPARATOR);
      }
      joined.append(segment);
    }
    return joined.toString();
  }

  private record Entry(@Nullable String path, Finding finding) {}
}
