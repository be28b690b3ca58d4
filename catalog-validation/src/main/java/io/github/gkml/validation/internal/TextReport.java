package io.github.gkml.validation.internal;

import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.MessageBundle;
import io.github.gkml.validation.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The text report: one block per finding, then a summary line, in Chinese or English. */
public final class TextReport {

  private static final MessageBundle BUNDLE =
      MessageBundle.load(TextReport.class::getResourceAsStream, "Report");

  private TextReport() {}

  /** Writes the report. */
  public static void write(String subject, List<Finding> findings, Locale locale, Writer out)
      throws IOException {
    out.write(text("subject", locale).replace("{subject}", subject));
    out.write('\n');
    for (Finding finding : findings) {
      writeFinding(finding, locale, out);
    }
    Summary summary = Summary.of(findings);
    String line =
        findings.isEmpty()
            ? text("none", locale)
            : MessageBundle.fill(
                text("summary", locale),
                name ->
                    switch (name) {
                      case "total" -> Integer.toString(summary.total());
                      case "errors" -> Integer.toString(summary.errors());
                      case "warnings" -> Integer.toString(summary.warnings());
                      case "infos" -> Integer.toString(summary.infos());
                      case "accepted" -> Integer.toString(summary.accepted());
                      default -> null;
                    });
    out.write(line);
    out.write('\n');
  }

  private static void writeFinding(Finding finding, Locale locale, Writer out) throws IOException {
    StringBuilder head = new StringBuilder();
    head.append('[').append(text("severity." + finding.severity().name(), locale)).append("] ");
    head.append(finding.ruleId().id());
    if (finding.item() != null) {
      head.append("  ").append(finding.item());
    }
    if (finding.field() != null) {
      head.append("  ").append(FindingMessages.fieldLabel(finding.field(), locale));
    }
    if (finding.accepted() != null) {
      head.append("  ").append(text("accepted", locale).replace("{reason}", finding.accepted()));
    }
    out.write(head.toString());
    out.write("\n    ");
    out.write(finding.message(locale));
    out.write('\n');
    SourceLocation location = finding.location();
    if (location != null) {
      out.write("    ");
      out.write(text("location", locale).replace("{location}", location.toString()));
      out.write('\n');
    }
  }

  private static String text(String key, Locale locale) {
    return BUNDLE.template(key, locale).orElse(key);
  }
}
