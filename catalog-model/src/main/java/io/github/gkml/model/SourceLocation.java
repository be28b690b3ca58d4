package io.github.gkml.model;

import org.jspecify.annotations.Nullable;

/**
 * Where something was read from: a file and, as far as known, its sheet, row and column (tables) or
 * JSON pointer (catalog files). Rows and columns count from 1; 0 means unknown.
 *
 * @param file the file name as the user gave it
 * @param sheet the sheet or table name, for workbooks and pages with several tables
 * @param row the 1-based row, or 0
 * @param column the 1-based column, or 0
 * @param pointer a JSON pointer into a catalog file, e.g. {@code /items/3/deadline}
 * @since 0.1
 */
public record SourceLocation(
    @Nullable String file, @Nullable String sheet, int row, int column, @Nullable String pointer) {

  /**
   * Validates the location.
   *
   * @throws IllegalArgumentException if row or column is negative
   */
  public SourceLocation {
    if (row < 0 || column < 0) {
      throw new IllegalArgumentException("row and column count from 1 (0 = unknown)");
    }
  }

  /** A location in a table: file, sheet and row. */
  public static SourceLocation of(String file, @Nullable String sheet, int row) {
    return new SourceLocation(file, sheet, row, 0, null);
  }

  /** A location in a catalog file given by a JSON pointer. */
  public static SourceLocation ofPointer(String file, String pointer) {
    return new SourceLocation(file, null, 0, 0, pointer);
  }

  /**
   * The one line an error about this place reads: {@code file[:sheet][:row[:column]][ (pointer)]:
   * problem}, e.g. {@code 社会救助.yaml:12:5 (/items/3/modes/0): unknown mode "被动"}. Every reader's
   * format exception (catalog, table, acceptance and rule-set files) words its message this way.
   */
  public String describe(String problem) {
    StringBuilder out = new StringBuilder(file == null ? "" : file);
    if (sheet != null) {
      out.append(':').append(sheet);
    }
    if (row > 0) {
      out.append(':').append(row);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    if (pointer != null && !pointer.isEmpty()) {
      out.append(" (").append(pointer).append(')');
    }
    return out.append(": ").append(problem).toString();
  }

  /**
   * The place a reader reports, its line or row and column clamped to 0 when the parser did not
   * know them (Jackson reports -1).
   */
  public static SourceLocation reported(
      String file, @Nullable String sheet, int row, int column, @Nullable String pointer) {
    return new SourceLocation(file, sheet, Math.max(0, row), Math.max(0, column), pointer);
  }

  /** {@code file[:sheet][:row[:column]][#pointer]}, e.g. {@code 目录.xlsx:社会救助:7}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file == null ? "" : file);
    if (sheet != null) {
      out.append(':').append(sheet);
    }
    if (row > 0) {
      out.append(':').append(row);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    if (pointer != null) {
      out.append('#').append(pointer);
    }
    return out.toString();
  }
}
