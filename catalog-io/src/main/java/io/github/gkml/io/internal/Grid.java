package io.github.gkml.io.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 表格 — one table as the readers give it: rows of text cells with their source coordinates, merged
 * regions already resolved (each cell of a region holds the region's text and knows it is a copy).
 * Every format reader yields grids; one recogniser reads them all.
 *
 * @param sheet the sheet name (workbooks) or {@code 表N} (the N-th table of a page or document), or
 *     {@code null} for a CSV file
 * @param rows the rows that hold text, in order
 * @param columns the number of columns
 * @param mergeWidths the width of each merged region by its first cell ({@code row * 65536 +
 *     column})
 */
public record Grid(
    @Nullable String sheet, List<GridRow> rows, int columns, Map<Long, Integer> mergeWidths) {

  /** Copies. */
  public Grid {
    rows = List.copyOf(rows);
    mergeWidths = Map.copyOf(mergeWidths);
  }

  /** The width of the merged region whose first cell this is, or 1. */
  public int mergeWidth(int row, int column) {
    return mergeWidths.getOrDefault(key(row, column), 1);
  }

  static long key(int row, int column) {
    return ((long) row << 16) | column;
  }
}
