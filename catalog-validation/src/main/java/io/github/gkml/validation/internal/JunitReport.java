package io.github.gkml.validation.internal;

import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JUnit XML report, for CI dashboards (Jenkins, GitLab): {@code <testsuites>} with one {@code
 * <testsuite>} per rule id and one {@code <testcase>} per finding (classname {@code
 * gkml.<RULE_ID>}, name the item, element and versions). An open finding at or above the report's
 * failing severity is a {@code <failure>}; an accepted one is {@code <skipped>} with the reason;
 * the others pass, with the message in {@code <system-out>}. A report without findings has one
 * passing test case, so that dashboards do not take it for a missing report.
 */
public final class JunitReport {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private JunitReport() {}

  /** Writes the report. */
  public static void write(Report report, Locale locale, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", XmlText.clean("gkml: " + report.subject()));
      counts(xml, report, report.findings());
      if (report.findings().isEmpty()) {
        writePassedSuite(xml, report, locale);
      }
      for (Map.Entry<RuleId, List<Finding>> suite : byRule(report.findings()).entrySet()) {
        writeSuite(xml, report, suite.getKey(), suite.getValue(), locale);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit report", e);
    }
  }

  private static Map<RuleId, List<Finding>> byRule(List<Finding> findings) {
    Map<RuleId, List<Finding>> suites = new TreeMap<>();
    for (Finding finding : findings) {
      suites.computeIfAbsent(finding.ruleId(), r -> new ArrayList<>()).add(finding);
    }
    return suites;
  }

  private static void counts(XMLStreamWriter xml, Report report, List<Finding> findings)
      throws XMLStreamException {
    long failures = findings.stream().filter(f -> fails(report, f)).count();
    long skipped = findings.stream().filter(Finding::isAccepted).count();
    xml.writeAttribute("tests", Integer.toString(Math.max(1, findings.size())));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", Long.toString(skipped));
    xml.writeAttribute("time", "0");
  }

  private static boolean fails(Report report, Finding finding) {
    Severity failOn = report.failOn();
    return failOn != null && !finding.isAccepted() && finding.severity().isAtLeast(failOn);
  }

  private static void writePassedSuite(XMLStreamWriter xml, Report report, Locale locale)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "gkml");
    counts(xml, report, List.of());
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", "gkml");
    xml.writeAttribute("name", XmlText.clean(report.subject()));
    xml.writeAttribute("time", "0");
    xml.writeStartElement("system-out");
    xml.writeCharacters(ReportWords.word("none", locale));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void writeSuite(
      XMLStreamWriter xml, Report report, RuleId rule, List<Finding> findings, Locale locale)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", rule.id());
    counts(xml, report, findings);
    xml.writeCharacters("\n    ");
    xml.writeStartElement("properties");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", "description");
    xml.writeAttribute("value", XmlText.clean(ReportWords.rule(rule, locale)));
    xml.writeEndElement();
    for (Finding finding : findings) {
      writeCase(xml, report, finding, locale);
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void writeCase(XMLStreamWriter xml, Report report, Finding finding, Locale locale)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", "gkml." + finding.ruleId().id());
    xml.writeAttribute("name", XmlText.clean(caseName(finding, locale)));
    SourceLocation location = finding.location();
    if (location != null && location.file() != null) {
      xml.writeAttribute("file", XmlText.clean(location.file()));
    }
    xml.writeAttribute("time", "0");
    String message = XmlText.clean(finding.message(locale));
    String details = XmlText.clean(details(report, finding, locale));
    String reason = finding.accepted();
    if (fails(report, finding)) {
      xml.writeStartElement("failure");
      xml.writeAttribute("type", finding.severity().name());
      xml.writeAttribute("message", message);
      xml.writeCharacters(details);
      xml.writeEndElement();
    } else if (reason != null) {
      xml.writeEmptyElement("skipped");
      xml.writeAttribute(
          "message",
          XmlText.clean(ReportWords.fill("accepted.reason", locale, Map.of("reason", reason))));
    }
    if (!fails(report, finding)) {
      xml.writeStartElement("system-out");
      xml.writeCharacters(details);
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static String caseName(Finding finding, Locale locale) {
    StringBuilder name = new StringBuilder(ReportWords.item(finding.item(), locale));
    if (finding.field() != null) {
      name.append(" · ").append(ReportWords.field(finding.field(), locale));
    }
    String versions = ReportWords.versions(finding, locale);
    if (versions != null) {
      name.append(" · ").append(versions);
    }
    return name.toString();
  }

  private static String details(Report report, Finding finding, Locale locale) {
    StringBuilder text = new StringBuilder();
    text.append('[').append(ReportWords.severity(finding.severity(), locale)).append("] ");
    text.append(finding.ruleId().id())
        .append(' ')
        .append(ReportWords.rule(finding.ruleId(), locale));
    text.append('\n').append(finding.message(locale)).append('\n');
    if (finding.oldValue() != null) {
      text.append(ReportWords.side(report, finding, true, locale)).append(": ");
      text.append(finding.oldValue()).append('\n');
    }
    if (finding.newValue() != null) {
      String label =
          ReportWords.isPlainValue(report, finding)
              ? ReportWords.word("value", locale)
              : ReportWords.side(report, finding, false, locale);
      text.append(label).append(": ").append(finding.newValue()).append('\n');
    }
    SourceLocation location = finding.location();
    if (location != null) {
      text.append(ReportWords.fill("location", locale, Map.of("location", location.toString())));
      text.append('\n');
    }
    return text.toString();
  }
}
