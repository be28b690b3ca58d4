package io.github.gkml.io.internal;

/**
 * One row of a {@link Grid}: its number as the source shows it (1-based) and the text of each cell
 * by 0-based column, with the merge position of each cell.
 *
 * <p>Cells are kept in arrays rather than objects so that a sheet of 100,000 rows costs little more
 * than its text.
 */
public final class GridRow {

  /** A cell that is not part of a merged region, or is the region's first cell. */
  static final byte OWN = 0;

  /** A cell below the first row of a merged region (filled down). */
  static final byte BELOW = 1;

  /** A cell right of the first column of a merged region, in its first row. */
  static final byte RIGHT = 2;

  private static final byte[] NO_SPANS = new byte[0];

  private final int number;
  private String[] cells;
  private byte[] spans = NO_SPANS;

  GridRow(int number, int width) {
    this.number = number;
    this.cells = new String[Math.max(1, width)];
  }

  /** The row number as the source shows it, from 1. */
  public int number() {
    return number;
  }

  /** The number of cell positions held (trailing ones may be empty). */
  public int width() {
    return cells.length;
  }

  /** The text of the cell at a 0-based column; empty when there is none. */
  public String text(int column) {
    String text = column < cells.length ? cells[column] : null;
    return text == null ? "" : text;
  }

  /** Whether the cell holds text of its own: not empty and not copied from a merged region. */
  public boolean isOwn(int column) {
    return !text(column).isEmpty() && span(column) == OWN;
  }

  /** Whether the cell lies below the first row of a merged region. */
  public boolean isBelowMerge(int column) {
    return (span(column) & BELOW) != 0;
  }

  /** Whether the cell lies right of the first column of a merged region. */
  public boolean isRightOfMerge(int column) {
    return (span(column) & RIGHT) != 0;
  }

  /** Whether no cell holds text. */
  public boolean isBlank() {
    for (String cell : cells) {
      if (cell != null && !cell.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  byte span(int column) {
    return column >= spans.length ? OWN : spans[column];
  }

  void set(int column, String text) {
    ensure(column);
    cells[column] = text;
  }

  void mark(int column, byte span) {
    ensure(column);
    if (spans.length < cells.length) {
      byte[] grown = new byte[cells.length];
      System.arraycopy(spans, 0, grown, 0, spans.length);
      spans = grown;
    }
    spans[column] |= span;
  }

  private void ensure(int column) {
    if (column >= cells.length) {
      String[] grown = new String[Math.max(column + 1, cells.length * 2)];
      System.arraycopy(cells, 0, grown, 0, cells.length);
      cells = grown;
    }
  }
}
