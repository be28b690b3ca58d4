package io.github.gkml.validation;

import io.github.gkml.model.SourceLocation;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 接受清单文件错误 — an acceptance file could not be read: it is not well-formed YAML, does not have the
 * {@code gkml-acceptances/1} shape, or holds an entry that may not be used (an unknown field, a
 * blank justification or approving document …). The message names the file, the line and column,
 * the JSON pointer, and what was expected, e.g. {@code acceptances.yaml:9:20
 * (/acceptances/0/justification): entry 1 (CHANNEL_REMOVED 特困人员救助供养 / 政策法规文件, fingerprint
 * 9c1f0e7a3b52d846) has a blank justification; write why the finding is accepted}.
 *
 * <p>This is the only exception reading an acceptance file throws for bad input. It has the shape
 * of {@link io.github.gkml.model.CatalogFormatException}: a command line reports both the same way.
 *
 * @since 0.1
 */
public final class AcceptanceFileException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final @Nullable String pointer;
  private final String problem;

  /**
   * An error in an acceptance file.
   *
   * @param source the file name, as the user gave it
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param pointer the JSON pointer of the offending value, or {@code null}
   * @param problem what is wrong and what was expected
   * @param cause the underlying exception, or {@code null}
   */
  public AcceptanceFileException(
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

  /** The JSON pointer of the offending value, e.g. {@code /acceptances/3/justification}. */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
