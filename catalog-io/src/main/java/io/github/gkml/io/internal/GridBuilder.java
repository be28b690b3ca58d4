package io.github.gkml.io.internal;

import io.github.gkml.io.TableLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects the cells of one table as a reader meets them, within the {@link TableLimits}, and
 * resolves merged regions when done. Blank cells are not stored.
 */
public final class GridBuilder {

  private final @Nullable String sheet;
  private final TableLimits limits;
  private final List<GridRow> rows = new ArrayList<>();
  private final List<int[]> merges = new ArrayList<>();
  private int columns;

  /** A builder for the named sheet or table. */
  public GridBuilder(@Nullable String sheet, TableLimits limits) {
    this.sheet = sheet;
    this.limits = limits;
  }

  /**
   * Sets a cell.
   *
   * @param row the 1-based row number as the source shows it
   * @param column the 0-based column
   * @throws ReadProblem if the cell goes beyond a limit
   */
  public void cell(int row, int column, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    if (column >= limits.maxColumns()) {
      throw new ReadProblem(
          sheet,
          row,
          column + 1,
          "text in column "
              + (column + 1)
              + ", beyond the limit of "
              + limits.maxColumns()
              + " columns (TableLimits.maxColumns)",
          null);
    }
    if (text.length() > limits.maxCellLength()) {
      throw new ReadProblem(
          sheet,
          row,
          column + 1,
          "a cell of "
              + text.length()
              + " characters, more than the limit of "
              + limits.maxCellLength()
              + " (TableLimits.maxCellLength)",
          null);
    }
    row(row).set(column, text);
    columns = Math.max(columns, column + 1);
  }

  /** Records a merged region (rows 1-based, columns 0-based, both inclusive). */
  public void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    if (lastRow > firstRow || lastColumn > firstColumn) {
      merges.add(new int[] {firstRow, lastRow, firstColumn, lastColumn});
    }
  }

  /** The number of rows with content so far. */
  public int rowCount() {
    return rows.size();
  }

  /** The grid, with each merged region's text copied into its cells. */
  public Grid build() {
    Map<Long, Integer> widths = new HashMap<>();
    int lastRow = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).number();
    for (int[] m : merges) {
      GridRow anchorRow = find(m[0]);
      String text = anchorRow == null ? "" : anchorRow.text(m[2]);
      int last = Math.min(m[1], lastRow);
      int right = Math.min(m[3], Math.max(columns, m[2] + 1) - 1);
      if (text.isEmpty() || m[0] > lastRow) {
        continue;
      }
      widths.put(Grid.key(m[0], m[2]), right - m[2] + 1);
      for (int r = m[0]; r <= last; r++) {
        fill(r, m, right, text);
      }
    }
    return new Grid(sheet, rows, columns, widths);
  }

  private void fill(int r, int[] m, int right, String text) {
    GridRow target = r == m[0] ? find(r) : row(r);
    if (target == null) {
      return;
    }
    for (int c = m[2]; c <= right; c++) {
      if (r == m[0] && c == m[2]) {
        continue;
      }
      target.set(c, text);
      target.mark(c, (byte) ((r > m[0] ? GridRow.BELOW : 0) | (c > m[2] ? GridRow.RIGHT : 0)));
    }
  }

  private GridRow row(int number) {
    if (!rows.isEmpty() && rows.get(rows.size() - 1).number() == number) {
      return rows.get(rows.size() - 1);
    }
    int at = search(number);
    if (at >= 0) {
      return rows.get(at);
    }
    if (rows.size() >= limits.maxRows()) {
      throw new ReadProblem(
          sheet,
          number,
          0,
          "more than "
              + limits.maxRows()
              + " rows with content (TableLimits.maxRows); a catalog has a few hundred",
          null);
    }
    GridRow created = new GridRow(number, Math.max(columns, 8));
    rows.add(-at - 1, created);
    return created;
  }

  private @Nullable GridRow find(int number) {
    int at = search(number);
    return at >= 0 ? rows.get(at) : null;
  }

  private int search(int number) {
    int low = 0;
    int high = rows.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int value = rows.get(mid).number();
      if (value < number) {
        low = mid + 1;
      } else if (value > number) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }
}
