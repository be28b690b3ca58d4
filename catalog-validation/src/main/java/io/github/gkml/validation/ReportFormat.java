package io.github.gkml.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * 报告格式 — how a {@link Report} is rendered. Every format renders the same data.
 *
 * @since 0.1
 */
public enum ReportFormat {
  /** Text for a person at a terminal, in Chinese by default or English. */
  TEXT,
  /** One JSON document for programs: {@code {"findings":[…],"summary":{…}}}. */
  JSON,
  /** Markdown for a review comment: the verdict, the counts and a table of findings. */
  MD,
  /** One self-contained HTML page for a person: the summary, then each item side by side. */
  HTML,
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF,
  /** JUnit XML, for CI dashboards: one test suite per rule, one test case per finding. */
  JUNIT;

  /**
   * The format with this name, case-insensitive: {@code text}, {@code json}, {@code md}, {@code
   * html}, {@code sarif}, {@code junit}.
   */
  public static Optional<ReportFormat> find(String name) {
    for (ReportFormat format : values()) {
      if (format.name().equals(name.toUpperCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
