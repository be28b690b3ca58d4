package io.github.gkml.validation.internal;

import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/** The text report: one block per finding, then a summary line, in Chinese or English. */
public final class TextReport {

  private TextReport() {}

  /** Writes the report. */
  public static void write(Report report, Locale locale, Writer out) throws IOException {
    out.write(ReportWords.fill("subject", locale, Map.of("subject", report.subject())));
    out.write('\n');
    for (Finding finding : report.findings()) {
      writeFinding(finding, locale, out);
    }
    out.write(ReportWords.summary(report.summary(), locale));
    out.write('\n');
  }

  private static void writeFinding(Finding finding, Locale locale, Writer out) throws IOException {
    StringBuilder head = new StringBuilder();
    head.append('[').append(ReportWords.severity(finding.severity(), locale)).append("] ");
    head.append(finding.ruleId().id());
    if (finding.item() != null) {
      head.append("  ").append(finding.item());
    }
    if (finding.field() != null) {
      head.append("  ").append(ReportWords.field(finding.field(), locale));
    }
    String versions = ReportWords.versions(finding, locale);
    if (versions != null) {
      head.append("  ").append(versions);
    }
    if (finding.accepted() != null) {
      head.append("  ")
          .append(ReportWords.fill("accepted", locale, Map.of("reason", finding.accepted())));
    }
    out.write(head.toString());
    out.write("\n    ");
    out.write(finding.message(locale));
    out.write('\n');
    SourceLocation location = finding.location();
    if (location != null) {
      out.write("    ");
      out.write(ReportWords.fill("location", locale, Map.of("location", location.toString())));
      out.write('\n');
    }
  }
}
