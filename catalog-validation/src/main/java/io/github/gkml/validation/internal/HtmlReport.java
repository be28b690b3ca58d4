package io.github.gkml.validation.internal;

import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.MessageBundle;
import io.github.gkml.validation.Principle;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The HTML report: one self-contained page (inline CSS, no script, no external resource) for a
 * person. The summary comes first — the verdict, the counts by severity and by principle — then one
 * section per item with its findings, old and new values side by side and what changed highlighted,
 * accepted findings marked with their reason.
 */
public final class HtmlReport {

  private static final String CSS = css();

  private HtmlReport() {}

  /** Writes the page. */
  public static void write(Report report, Locale locale, Writer writer) throws IOException {
    HtmlWriter html = new HtmlWriter(writer);
    String title = ReportWords.word("title", locale);
    html.raw("<!DOCTYPE html>\n<html lang=\"")
        .raw(MessageBundle.isEnglish(locale) ? "en" : "zh-CN")
        .raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<meta name=\"generator\" content=\"gkml\">\n<title>")
        .text(title + " — " + report.subject())
        .raw("</title>\n<style>\n")
        .raw(CSS)
        .raw("</style>\n</head>\n<body>\n<main>\n<header class=\"top\">\n")
        .element("p", "kicker", title)
        .raw("\n")
        .element("h1", "subject", report.subject())
        .raw("\n</header>\n");
    writeSummary(report, locale, html);
    writeItems(report, locale, html);
    html.raw("<footer>").text(ReportWords.word("generated", locale));
    html.raw("</footer>\n</main>\n</body>\n</html>\n");
  }

  private static void writeSummary(Report report, Locale locale, HtmlWriter html)
      throws IOException {
    Verdict verdict = Verdict.of(report);
    String name = verdict.name().toLowerCase(Locale.ROOT);
    html.raw("<section class=\"summary\">\n<h2>")
        .text(ReportWords.word("heading.summary", locale))
        .raw("</h2>\n")
        .open("div", "verdict " + name)
        .element("span", "verdict-word", ReportWords.word("verdict." + verdict, locale))
        .element("span", "verdict-note", ReportWords.word("verdict." + verdict + ".note", locale))
        .raw("</div>\n");
    writeCounts(report.summary(), locale, html);
    html.element("p", "fail-on", ReportWords.failOn(report, locale)).raw("\n");
    if (Verdict.concernsPrinciples(report)) {
      writePrinciples(report, locale, html);
    }
    html.raw("</section>\n");
  }

  private static void writeCounts(Summary summary, Locale locale, HtmlWriter html)
      throws IOException {
    html.raw("<div class=\"counts\">");
    count(html, "error", summary.errors(), ReportWords.word("count.ERROR", locale));
    count(html, "warning", summary.warnings(), ReportWords.word("count.WARNING", locale));
    count(html, "info", summary.infos(), ReportWords.word("count.INFO", locale));
    count(html, "accepted", summary.accepted(), ReportWords.word("count.accepted", locale));
    html.raw("</div>\n");
  }

  private static void count(HtmlWriter html, String cls, int n, String label) throws IOException {
    html.open("div", "count " + cls + (n == 0 ? " zero" : ""))
        .raw("<b>" + n + "</b>")
        .element("span", "label", label)
        .raw("</div>");
  }

  private static void writePrinciples(Report report, Locale locale, HtmlWriter html)
      throws IOException {
    html.raw("<h2>").text(ReportWords.word("heading.principles", locale)).raw("</h2>\n");
    tableHead(html, "principles", List.of("principle", "status"), locale);
    for (Principle principle : Principle.values()) {
      writePrinciple(report, principle, locale, html);
    }
    if (report.findings().stream().anyMatch(f -> f.principle() == null)) {
      writePrinciple(report, null, locale, html);
    }
    html.raw("</tbody>\n</table>\n");
  }

  private static void writePrinciple(
      Report report, @Nullable Principle principle, Locale locale, HtmlWriter html)
      throws IOException {
    List<Finding> under =
        report.findings().stream().filter(f -> f.principle() == principle).toList();
    Verdict status = Verdict.of(under, report.failOn());
    Summary counts = Summary.of(under);
    html.raw("<tr><th scope=\"row\">")
        .text(ReportWords.principle(principle, locale))
        .raw("</th><td>")
        .element(
            "span",
            "status " + status.name().toLowerCase(Locale.ROOT),
            ReportWords.word("status." + status, locale))
        .raw("</td>");
    countCells(counts, html);
  }

  private static void tableHead(HtmlWriter html, String cls, List<String> columns, Locale locale)
      throws IOException {
    html.raw("<table class=\"" + cls + "\">\n<thead><tr>");
    for (String column : columns) {
      html.raw("<th>").text(ReportWords.word("column." + column, locale)).raw("</th>");
    }
    for (String count : List.of("ERROR", "WARNING", "INFO", "accepted")) {
      html.raw("<th class=\"num\">").text(ReportWords.word("count." + count, locale)).raw("</th>");
    }
    html.raw("</tr></thead>\n<tbody>\n");
  }

  private static void countCells(Summary counts, HtmlWriter html) throws IOException {
    for (int n :
        new int[] {counts.errors(), counts.warnings(), counts.infos(), counts.accepted()}) {
      html.raw(n == 0 ? "<td class=\"num zero\">" : "<td class=\"num\">").raw(n + "</td>");
    }
    html.raw("</tr>\n");
  }

  private static void writeIndex(List<List<Finding>> groups, Locale locale, HtmlWriter html)
      throws IOException {
    tableHead(html, "index", List.of("item"), locale);
    for (int i = 0; i < groups.size(); i++) {
      List<Finding> group = groups.get(i);
      html.raw("<tr><th scope=\"row\"><a href=\"#item-" + (i + 1) + "\">")
          .text(ReportWords.item(group.get(0).item(), locale))
          .raw("</a></th>");
      countCells(Summary.of(group), html);
    }
    html.raw("</tbody>\n</table>\n");
  }

  private static void writeItems(Report report, Locale locale, HtmlWriter html) throws IOException {
    if (report.findings().isEmpty()) {
      html.element("p", "nothing", ReportWords.word("none", locale)).raw("\n");
      return;
    }
    html.raw("<section class=\"items\">\n<h2>")
        .text(ReportWords.word("heading.items", locale))
        .raw("</h2>\n");
    List<List<Finding>> groups = byItem(report.findings());
    writeIndex(groups, locale, html);
    for (int i = 0; i < groups.size(); i++) {
      List<Finding> group = groups.get(i);
      html.raw("<section class=\"item\" id=\"item-" + (i + 1) + "\">\n<h3>");
      html.text(ReportWords.item(group.get(0).item(), locale)).raw("</h3>\n");
      for (Finding finding : group) {
        HtmlFinding.write(report, finding, locale, html);
      }
      html.raw("</section>\n");
    }
    html.raw("</section>\n");
  }

  /** Consecutive findings on the same item; the findings are sorted by item first. */
  private static List<List<Finding>> byItem(List<Finding> findings) {
    List<List<Finding>> groups = new ArrayList<>();
    @Nullable ItemPath current = null;
    for (Finding finding : findings) {
      if (groups.isEmpty() || !Objects.equals(current, finding.item())) {
        groups.add(new ArrayList<>());
        current = finding.item();
      }
      groups.get(groups.size() - 1).add(finding);
    }
    return groups;
  }

  private static String css() {
    try (InputStream in =
        Objects.requireNonNull(
            HtmlReport.class.getResourceAsStream("HtmlReport.css"), "HtmlReport.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
