package io.github.gkml.model;

import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A catalog file could not be read: it is not well-formed JSON or YAML, does not have the catalog
 * shape, or holds a value that is not allowed. The message names the file, the line and column
 * and/or the JSON pointer, and what was expected — e.g. {@code 社会救助.yaml:12:5 (/items/3/modes/0):
 * unknown mode "被动"; expected 主动 or 依申请}.
 *
 * <p>This is the only exception reading a catalog file throws for bad input.
 *
 * @since 0.1
 */
public final class CatalogFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final @Nullable String pointer;
  private final String problem;

  /**
   * An error in a catalog file.
   *
   * @param source the file name, as the user gave it
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param pointer the JSON pointer of the offending value, or {@code null}
   * @param problem what is wrong and what was expected
   * @param cause the underlying exception, or {@code null}
   */
  public CatalogFormatException(
      String source,
      int line,
      int column,
      @Nullable String pointer,
      String problem,
      @Nullable Throwable cause) {
    super(SourceLocation.reported(source, null, line, column, pointer).describe(problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.problem = problem;
  }

  /** The file name as the user gave it. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 if unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 if unknown. */
  public int column() {
    return column;
  }

  /** The JSON pointer of the offending value, e.g. {@code /items/3/deadline}. */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
