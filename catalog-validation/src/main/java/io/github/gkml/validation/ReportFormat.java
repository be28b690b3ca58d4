package io.github.gkml.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * 报告格式 — how findings are rendered.
 *
 * @since 0.1
 */
public enum ReportFormat {
  /** Text for a person, in Chinese by default or English. */
  TEXT,
  /** One JSON document: {@code {"findings":[…],"summary":{…}}}. */
  JSON;

  /** The format with this name, case-insensitive: {@code text}, {@code json}. */
  public static Optional<ReportFormat> find(String name) {
    for (ReportFormat format : values()) {
      if (format.name().equals(name.toUpperCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
