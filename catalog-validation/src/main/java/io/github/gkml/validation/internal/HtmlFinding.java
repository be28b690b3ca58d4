package io.github.gkml.validation.internal;

import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Principle;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.internal.ValueDiff.Part;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One finding of the HTML report: a head line (severity, rule, principle, element, versions), the
 * message, the old and new values side by side with removals struck through in red and additions in
 * green, the acceptance's reason and the location.
 */
final class HtmlFinding {

  private HtmlFinding() {}

  static void write(Report report, Finding finding, Locale locale, HtmlWriter html)
      throws IOException {
    String severity = finding.severity().name().toLowerCase(Locale.ROOT);
    html.open("article", "finding " + severity + (finding.isAccepted() ? " accepted" : ""));
    writeHead(finding, locale, html);
    html.element("p", "message", finding.message(locale)).raw("\n");
    writeValues(report, finding, locale, html);
    String reason = finding.accepted();
    if (reason != null) {
      html.element(
              "p",
              "reason",
              "✓ " + ReportWords.fill("accepted.reason", locale, Map.of("reason", reason)))
          .raw("\n");
    }
    SourceLocation location = finding.location();
    if (location != null) {
      html.element(
              "p",
              "location",
              ReportWords.fill("location", locale, Map.of("location", location.toString())))
          .raw("\n");
    }
    html.raw("</article>\n");
  }

  private static void writeHead(Finding finding, Locale locale, HtmlWriter html)
      throws IOException {
    String severity = finding.severity().name().toLowerCase(Locale.ROOT);
    html.raw("<div class=\"head\">")
        .element("span", "badge " + severity, ReportWords.severity(finding.severity(), locale))
        .element("span", "rule-title", ReportWords.rule(finding.ruleId(), locale))
        .element("code", "rule", finding.ruleId().id());
    Principle principle = finding.principle();
    if (principle != null) {
      html.element("span", "tag principle", ReportWords.principle(principle, locale));
    }
    if (finding.field() != null) {
      html.element("span", "tag field", ReportWords.field(finding.field(), locale));
    }
    String versions = ReportWords.versions(finding, locale);
    if (versions != null) {
      html.element("span", "tag versions", versions);
    }
    if (finding.isAccepted()) {
      html.element("span", "badge accepted", ReportWords.word("accepted.badge", locale));
    }
    html.raw("</div>\n");
  }

  private static void writeValues(Report report, Finding finding, Locale locale, HtmlWriter html)
      throws IOException {
    String newValue = finding.newValue();
    if (finding.oldValue() == null && newValue == null) {
      return;
    }
    if (ReportWords.isPlainValue(report, finding)) {
      // A single catalog: the value found is shown as it is, not as an addition.
      html.raw("<div class=\"single\">")
          .element("div", "side-label", ReportWords.word("value", locale))
          .element("div", "value", String.valueOf(newValue))
          .raw("</div>\n");
      return;
    }
    ValueDiff diff = ValueDiff.of(finding.oldValue(), newValue);
    html.raw("<div class=\"sbs\">");
    writeSide(
        "old", ReportWords.side(report, finding, true, locale), diff.oldParts(), locale, html);
    writeSide(
        "new", ReportWords.side(report, finding, false, locale), diff.newParts(), locale, html);
    html.raw("</div>\n");
  }

  private static void writeSide(
      String cls, String label, List<Part> parts, Locale locale, HtmlWriter html)
      throws IOException {
    html.open("div", "side " + cls).element("div", "side-label", label).open("div", "value");
    if (parts.isEmpty()) {
      html.element("span", "none", ReportWords.word("empty", locale));
    }
    for (Part part : parts) {
      switch (part.kind()) {
        case SAME -> html.text(part.text());
        case REMOVED -> html.raw("<del>").text(part.text()).raw("</del>");
        case ADDED -> html.raw("<ins>").text(part.text()).raw("</ins>");
      }
    }
    html.raw("</div></div>");
  }
}
