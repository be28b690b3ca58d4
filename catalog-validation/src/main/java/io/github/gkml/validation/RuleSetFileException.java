package io.github.gkml.validation;

import io.github.gkml.model.SourceLocation;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 规则配置文件错误 — a rule-set file ({@code gkml-rules/1}) could not be used: it is not well-formed YAML,
 * has an unknown field, names a rule id or option no rule knows, or gives a value of the wrong
 * kind. The message names the file, the line and column, the JSON pointer and what was expected,
 * e.g. {@code rules.yaml:4:15 (/rules/DEADLINE_VAGE): unknown rule id DEADLINE_VAGE}.
 *
 * @since 0.1
 */
public final class RuleSetFileException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final @Nullable String pointer;

  /**
   * An error in a rule-set file.
   *
   * @param source the file name, as the user gave it
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param pointer the JSON pointer of the offending value, or {@code null}
   * @param problem what is wrong and what was expected
   * @param cause the underlying exception, or {@code null}
   */
  public RuleSetFileException(
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

  /** The JSON pointer of the offending value, e.g. {@code /rules/DEADLINE_VAGUE/severity}. */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }
}
