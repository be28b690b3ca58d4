package io.github.gkml.io;

/**
 * 读表限制 — limits that keep reading a table safe from hostile or broken files: no read may exhaust
 * memory or run without bound. A table beyond a limit is refused with a message naming the limit.
 *
 * <p>Zip-bomb and entity protection of workbooks and Word files is POI's and is set once for the
 * JVM (see {@code docs/tables.md}); these limits bound what a table may hold once read.
 *
 * @param maxFileBytes the largest file read, in bytes (default 256 MiB)
 * @param maxRows the most rows with content in one sheet or table (default 200,000; a catalog has a
 *     few hundred)
 * @param maxColumns the most columns with content (default 256; a catalog has about 15)
 * @param maxCellLength the longest text of one cell, in characters (default 32,767, Excel's own
 *     limit)
 * @since 0.1
 */
public record TableLimits(long maxFileBytes, int maxRows, int maxColumns, int maxCellLength) {

  private static final TableLimits DEFAULTS = new TableLimits(256L << 20, 200_000, 256, 32_767);

  /**
   * Validates the limits.
   *
   * @throws IllegalArgumentException if a limit is not positive
   */
  public TableLimits {
    if (maxFileBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxCellLength <= 0) {
      throw new IllegalArgumentException(
          "table limits must be positive: maxFileBytes, maxRows, maxColumns, maxCellLength");
    }
  }

  /** The defaults: 256 MiB, 200,000 rows, 256 columns, 32,767 characters per cell. */
  public static TableLimits defaults() {
    return DEFAULTS;
  }

  /** A copy with another file-size limit. */
  public TableLimits withMaxFileBytes(long bytes) {
    return new TableLimits(bytes, maxRows, maxColumns, maxCellLength);
  }

  /** A copy with another row limit. */
  public TableLimits withMaxRows(int rows) {
    return new TableLimits(maxFileBytes, rows, maxColumns, maxCellLength);
  }

  /** A copy with another column limit. */
  public TableLimits withMaxColumns(int columns) {
    return new TableLimits(maxFileBytes, maxRows, columns, maxCellLength);
  }

  /** A copy with another cell-length limit. */
  public TableLimits withMaxCellLength(int length) {
    return new TableLimits(maxFileBytes, maxRows, maxColumns, length);
  }
}
