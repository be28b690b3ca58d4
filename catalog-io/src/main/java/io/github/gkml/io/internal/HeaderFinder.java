package io.github.gkml.io.internal;

import java.util.List;
import java.util.Optional;

/**
 * Finds the header of a catalog table: the first row in which at least three cells are header words
 * (公开事项, 公开内容, 公开时限 …), with the rows below it that continue it (一级事项 | 二级事项 | 全社会 | 特定群体 … under
 * the group headers), at most three rows in all.
 */
final class HeaderFinder {

  /** How many header words make a header row. */
  static final int MIN_WORDS = 3;

  /** How far down a header is looked for. */
  static final int SCAN_ROWS = 40;

  private HeaderFinder() {}

  /** The header found at or after row index {@code from}, within {@link #SCAN_ROWS} rows. */
  static Optional<Layout> find(Grid grid, int from) {
    List<GridRow> rows = grid.rows();
    for (int i = from; i < Math.min(rows.size(), from + SCAN_ROWS); i++) {
      if (isHeaderRow(rows.get(i))) {
        int count = 1;
        while (count < 3 && i + count < rows.size() && continues(rows.get(i + count))) {
          count++;
        }
        Layout layout = Layout.of(grid, i, count);
        if (layout.hasName()) {
          return Optional.of(layout);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether at least {@link #MIN_WORDS} of the row's own cells are header words. */
  static boolean isHeaderRow(GridRow row) {
    return words(row) >= MIN_WORDS;
  }

  /** How many of the row's own cells are header words. */
  static int words(GridRow row) {
    int words = 0;
    for (int c = 0; c < row.width(); c++) {
      if (!row.text(c).isBlank()
          && !row.isRightOfMerge(c)
          && HeaderWords.match(row.text(c)).isPresent()) {
        words++;
      }
    }
    return words;
  }

  /**
   * Whether a row continues the header above: some own cell is a header word and every other own
   * cell is only a note in brackets ((要素)).
   */
  private static boolean continues(GridRow row) {
    int words = 0;
    for (int c = 0; c < row.width(); c++) {
      if (!row.isOwn(c) || row.text(c).isBlank()) {
        continue;
      }
      if (HeaderWords.match(row.text(c)).isPresent()) {
        words++;
      } else if (!HeaderWords.key(row.text(c)).isEmpty()) {
        return false;
      }
    }
    return words > 0;
  }
}
