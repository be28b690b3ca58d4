package io.github.gkml.validation.internal;

import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Principle;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.Severity;
import io.github.gkml.validation.internal.ValueDiff.Part;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown report, for a review comment (GitHub, GitLab, Gitea): a heading with the verdict,
 * the counts, the three principles, and one table row per finding. Removed parts of a value are
 * struck through, added ones bold; text from the catalog is escaped so it cannot become markup.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /** Writes the report. */
  public static void write(Report report, Locale locale, Writer out) throws IOException {
    Verdict verdict = Verdict.of(report);
    out.write("### " + icon(verdict) + " " + ReportWords.word("verdict." + verdict, locale));
    out.write(" — " + escape(report.subject()) + "\n\n");
    out.write(escape(ReportWords.summary(report.summary(), locale)));
    out.write(" · " + escape(ReportWords.failOn(report, locale)) + "\n\n");
    if (Verdict.concernsPrinciples(report)) {
      writePrinciples(report, locale, out);
    }
    if (report.findings().isEmpty()) {
      return;
    }
    out.write("| " + String.join(" | ", columns(locale)) + " |\n|---|---|---|---|---|---|\n");
    for (Finding finding : report.findings()) {
      writeRow(report, finding, locale, out);
    }
  }

  private static List<String> columns(Locale locale) {
    return List.of("severity", "rule", "item", "field", "change", "message").stream()
        .map(c -> ReportWords.word("column." + c, locale))
        .toList();
  }

  private static void writePrinciples(Report report, Locale locale, Writer out) throws IOException {
    StringBuilder line = new StringBuilder();
    for (Principle principle : Principle.values()) {
      List<Finding> under =
          report.findings().stream().filter(f -> f.principle() == principle).toList();
      Verdict status = Verdict.of(under, report.failOn());
      line.append(line.length() == 0 ? "" : " · ")
          .append(icon(status))
          .append(" **")
          .append(escape(ReportWords.principle(principle, locale)))
          .append("** ")
          .append(escape(ReportWords.word("status." + status, locale)));
    }
    out.write(line.append("\n\n").toString());
  }

  private static void writeRow(Report report, Finding finding, Locale locale, Writer out)
      throws IOException {
    String rule =
        "`" + finding.ruleId().id() + "` " + escape(ReportWords.rule(finding.ruleId(), locale));
    String field = escape(ReportWords.field(finding.field(), locale));
    String found = finding.newValue();
    String change =
        ReportWords.isPlainValue(report, finding) && found != null
            ? escape(found)
            : change(finding, locale);
    List<String> cells =
        List.of(
            severityCell(finding, locale),
            rule,
            itemCell(finding, locale),
            field,
            change,
            messageCell(finding, locale));
    out.write("| " + String.join(" | ", cells) + " |\n");
  }

  private static String severityCell(Finding finding, Locale locale) {
    String severity =
        icon(finding.severity()) + " " + ReportWords.severity(finding.severity(), locale);
    return finding.isAccepted()
        ? severity + " ✅ " + ReportWords.word("accepted.badge", locale)
        : severity;
  }

  private static String itemCell(Finding finding, Locale locale) {
    String item = escape(ReportWords.item(finding.item(), locale));
    String versions = ReportWords.versions(finding, locale);
    return versions == null ? item : item + "<br>" + escape(versions);
  }

  private static String messageCell(Finding finding, Locale locale) {
    String message = escape(finding.message(locale));
    String reason = finding.accepted();
    if (reason == null) {
      return message;
    }
    return message
        + "<br>"
        + escape(ReportWords.fill("accepted.reason", locale, Map.of("reason", reason)));
  }

  private static String change(Finding finding, Locale locale) {
    if (finding.oldValue() == null && finding.newValue() == null) {
      return "";
    }
    ValueDiff diff = ValueDiff.of(finding.oldValue(), finding.newValue());
    return marked(diff.oldParts(), locale) + " → " + marked(diff.newParts(), locale);
  }

  // <del> and <ins> rather than ~~ and **: emphasis next to CJK punctuation often fails to parse.
  private static String marked(List<Part> parts, Locale locale) {
    if (parts.isEmpty()) {
      return escape(ReportWords.word("empty", locale));
    }
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      String text = escape(part.text());
      switch (part.kind()) {
        case SAME -> out.append(text);
        case REMOVED -> out.append("<del>").append(text).append("</del>");
        case ADDED -> out.append("<ins>").append(text).append("</ins>");
      }
    }
    return out.toString();
  }

  private static String icon(Verdict verdict) {
    return switch (verdict) {
      case FAILED -> "❌";
      case REVIEW -> "⚠️";
      case PASSED -> "✅";
    };
  }

  private static String icon(Severity severity) {
    return switch (severity) {
      case ERROR -> "🔴";
      case WARNING -> "🟡";
      case INFO -> "🔵";
    };
  }

  /** Escapes Markdown and HTML punctuation; a line break becomes {@code <br>}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("<br>");
      } else if ("\\`*_[]<>|~#!&$".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
