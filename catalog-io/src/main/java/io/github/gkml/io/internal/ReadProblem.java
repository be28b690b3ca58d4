package io.github.gkml.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * A table cannot be read: thrown inside the readers and the recogniser, and turned into a {@code
 * TableImportException} by the importer, which adds the file name.
 */
public final class ReadProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String sheet;
  private final int row;
  private final int column;

  /** A problem in a sheet at a row and 1-based column (0 where unknown). */
  public ReadProblem(
      @Nullable String sheet, int row, int column, String problem, @Nullable Throwable cause) {
    super(problem, cause);
    this.sheet = sheet;
    this.row = row;
    this.column = column;
  }

  /** A problem with the file as a whole. */
  public static ReadProblem of(String problem, @Nullable Throwable cause) {
    return new ReadProblem(null, 0, 0, problem, cause);
  }

  /** The sheet or table, or {@code null}. */
  public @Nullable String sheet() {
    return sheet;
  }

  /** The 1-based row, or 0. */
  public int row() {
    return row;
  }

  /** The 1-based column, or 0. */
  public int column() {
    return column;
  }

  /** What is wrong. */
  public String problem() {
    return String.valueOf(getMessage());
  }
}
