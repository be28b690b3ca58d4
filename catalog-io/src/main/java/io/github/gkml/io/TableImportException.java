package io.github.gkml.io;

import io.github.gkml.model.SourceLocation;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A table could not be read: it is not a file of its kind, holds no recognisable catalog table, or
 * goes beyond a {@link TableLimits limit}. The message names the file, the sheet (or table), the
 * row and column where known, and what was expected — e.g. {@code 目录.xlsx:Sheet1: no catalog header
 * found; the first rows hold 项目名称, 金额; expected 一级事项, 二级事项, 公开内容 …}.
 *
 * @since 0.1
 */
public final class TableImportException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final @Nullable String sheet;
  private final int row;
  private final int column;
  private final String problem;

  /**
   * A problem reading a table.
   *
   * @param file the file name as the user gave it
   * @param sheet the sheet or table, or {@code null}
   * @param row the 1-based row, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param problem what is wrong and what was expected
   * @param cause the underlying exception, or {@code null}
   */
  public TableImportException(
      String file,
      @Nullable String sheet,
      int row,
      int column,
      String problem,
      @Nullable Throwable cause) {
    super(SourceLocation.reported(file, sheet, row, column, null).describe(problem), cause);
    this.file = file;
    this.sheet = sheet;
    this.row = row;
    this.column = column;
    this.problem = problem;
  }

  /** The file name as the user gave it. */
  public String file() {
    return file;
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

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
