package io.github.gkml.validation;

import io.github.gkml.validation.internal.HtmlReport;
import io.github.gkml.validation.internal.JsonReport;
import io.github.gkml.validation.internal.JunitReport;
import io.github.gkml.validation.internal.MarkdownReport;
import io.github.gkml.validation.internal.SarifReport;
import io.github.gkml.validation.internal.TextReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * 报告输出 — renders a {@link Report} for people and machines. Every format consumes the same sorted
 * finding list and streams to a {@link Writer}, so the same report gives byte-identical output.
 *
 * <p>Messages and the words around them come from the Chinese ({@code zh_CN}, the default) or the
 * English bundles, chosen by the locale alone (never the JVM default). Thread-safe.
 *
 * @since 0.1
 */
public final class Reports {

  private Reports() {}

  /**
   * Writes a report; the writer is flushed, not closed.
   *
   * @param report what to render
   * @param format the format
   * @param locale the language: Chinese ({@code zh_CN}, the default) or English ({@code en})
   * @param out where to write
   * @throws IOException if the writer fails
   */
  public static void write(Report report, ReportFormat format, Locale locale, Writer out)
      throws IOException {
    switch (format) {
      case TEXT -> TextReport.write(report, locale, out);
      case JSON -> JsonReport.write(report, locale, out);
      case MD -> MarkdownReport.write(report, locale, out);
      case HTML -> HtmlReport.write(report, locale, out);
      case SARIF -> SarifReport.write(report, locale, out);
      case JUNIT -> JunitReport.write(report, locale, out);
    }
    out.flush();
  }

  /**
   * Writes the report on one subject: {@code write(Report.of(subject, findings), …)}.
   *
   * @param subject what was checked, e.g. the file name
   * @param findings the findings (sorted by {@link Finding#ORDER} before rendering)
   * @param format the format
   * @param locale the language: Chinese ({@code zh_CN}, the default) or English ({@code en})
   * @param out where to write
   * @throws IOException if the writer fails
   */
  public static void write(
      String subject, List<Finding> findings, ReportFormat format, Locale locale, Writer out)
      throws IOException {
    write(Report.of(subject, findings), format, locale, out);
  }
}
