package io.github.gkml.validation;

import io.github.gkml.validation.internal.JsonReport;
import io.github.gkml.validation.internal.TextReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * 检查报告 — renders findings for people and machines. Every format consumes the same sorted finding
 * list and streams to a {@link Writer}, so the same inputs give byte-identical reports.
 *
 * @since 0.1
 */
public final class Reports {

  private Reports() {}

  /**
   * Writes a report; the writer is flushed, not closed.
   *
   * @param subject what was checked, e.g. the file name
   * @param findings the findings, in the order to show (checks return them sorted)
   * @param format text or JSON
   * @param locale the language of messages: Chinese ({@code zh_CN}, the default) or English
   */
  public static void write(
      String subject, List<Finding> findings, ReportFormat format, Locale locale, Writer out)
      throws IOException {
    switch (format) {
      case TEXT -> TextReport.write(subject, findings, locale, out);
      case JSON -> JsonReport.write(findings, locale, out);
    }
    out.flush();
  }
}
