package io.github.gkml.model;

/**
 * 日历文件格式错误 — text in the {@code gkml-calendar/1} format that could not be read, with the line where
 * reading stopped.
 *
 * @since 0.1
 */
public final class CalendarFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * Creates the exception.
   *
   * @param source where the text came from (a file name, or {@code <text>})
   * @param line the 1-based line number, or 0 when the problem is the text as a whole
   * @param problem what was wrong
   */
  public CalendarFormatException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** Where the text came from: a file name, or {@code <text>}. */
  public String source() {
    return source;
  }

  /** The 1-based line number, or 0 when the problem is the text as a whole (a missing line). */
  public int line() {
    return line;
  }
}
