package io.github.gkml.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.ReportSamples;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

  static Document render(Report report, Locale locale) throws Exception {
    StringWriter out = new StringWriter();
    JunitReport.write(report, locale, out);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  static Element suite(Document xml, String name) {
    NodeList suites = xml.getElementsByTagName("testsuite");
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      if (suite.getAttribute("name").equals(name)) {
        return suite;
      }
    }
    throw new AssertionError("no test suite " + name);
  }

  static Element onlyCase(Document xml, String rule) {
    NodeList cases = suite(xml, rule).getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(1);
    return (Element) cases.item(0);
  }

  @Nested
  class Suites {

    @Test
    void are_one_per_rule_under_testsuites_with_the_totals() throws Exception {
      Document xml = render(ReportSamples.revision(), Locale.CHINA);

      Element root = xml.getDocumentElement();
      assertThat(root.getTagName()).isEqualTo("testsuites");
      assertThat(root.getAttribute("tests")).isEqualTo("9");
      assertThat(root.getAttribute("failures")).isEqualTo("4");
      assertThat(root.getAttribute("errors")).isEqualTo("0");
      assertThat(root.getAttribute("skipped")).isEqualTo("1");
      assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(9);
      assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(9);
    }

    @Test
    void count_their_own_cases_and_describe_their_rule() throws Exception {
      Element suite = suite(render(ReportSamples.history(), Locale.ENGLISH), "ITEM_REMOVED");

      assertThat(suite.getAttribute("tests")).isEqualTo("2");
      assertThat(suite.getAttribute("failures")).isEqualTo("2");
      Element property = (Element) suite.getElementsByTagName("property").item(0);
      assertThat(property.getAttribute("value")).isEqualTo("Disclosure item removed");
    }

    @Test
    void of_an_empty_report_are_one_passing_case() throws Exception {
      Document xml = render(Report.of("空目录.yaml", List.of()), Locale.CHINA);

      assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("1");
      Element only = onlyCase(xml, "gkml");
      assertThat(only.getAttribute("name")).isEqualTo("空目录.yaml");
      assertThat(only.getElementsByTagName("failure").getLength()).isZero();
      assertThat(only.getTextContent()).isEqualTo("未发现问题。");
    }
  }

  @Nested
  class Cases {

    @Test
    void name_the_rule_as_class_and_the_item_and_element_as_test() throws Exception {
      Element channel = onlyCase(render(ReportSamples.revision(), Locale.CHINA), "CHANNEL_REMOVED");

      assertThat(channel.getAttribute("classname")).isEqualTo("gkml.CHANNEL_REMOVED");
      assertThat(channel.getAttribute("name")).isEqualTo("最低生活保障 / 审批信息 · 公开渠道和载体");
      assertThat(channel.getAttribute("file")).isEqualTo("社会救助-2023.yaml");
    }

    @Test
    void fail_on_an_open_error_with_the_message_and_the_values() throws Exception {
      Element channel = onlyCase(render(ReportSamples.revision(), Locale.CHINA), "CHANNEL_REMOVED");

      Element failure = (Element) channel.getElementsByTagName("failure").item(0);
      assertThat(failure.getAttribute("type")).isEqualTo("ERROR");
      assertThat(failure.getAttribute("message")).isNotBlank();
      assertThat(failure.getTextContent())
          .contains("原版本 · 2022: 政府网站、两微一端\n")
          .contains("新版本 · 2023: 政府网站、政务微信\n")
          .contains("位置:社会救助-2023.yaml:112:5#/items/5");
    }

    @Test
    void skip_accepted_findings_with_the_reason() throws Exception {
      Element accepted =
          onlyCase(render(ReportSamples.revision(), Locale.CHINA), "DISPLAY_PERIOD_SHORTENED");

      assertThat(accepted.getElementsByTagName("failure").getLength()).isZero();
      Element skipped = (Element) accepted.getElementsByTagName("skipped").item(0);
      assertThat(skipped.getAttribute("message")).isEqualTo("已接受:" + ReportSamples.REASON);
    }

    @Test
    void pass_information_and_warnings_below_the_threshold_with_their_message() throws Exception {
      Document xml = render(ReportSamples.revision(), Locale.CHINA);

      for (String rule : List.of("ITEM_ADDED", "ITEM_RENAMED")) {
        Element passed = onlyCase(xml, rule);
        assertThat(passed.getElementsByTagName("failure").getLength()).as(rule).isZero();
        assertThat(passed.getElementsByTagName("system-out").item(0).getTextContent())
            .as(rule)
            .contains(rule);
      }
    }

    @Test
    void fail_on_warnings_from_the_warning_threshold_and_never_without_one() throws Exception {
      Report report = ReportSamples.revision();

      Document strict = render(report.withFailOn(Severity.WARNING), Locale.CHINA);
      Document lenient = render(report.withFailOn(null), Locale.CHINA);

      assertThat(strict.getDocumentElement().getAttribute("failures")).isEqualTo("6");
      assertThat(lenient.getDocumentElement().getAttribute("failures")).isEqualTo("0");
      assertThat(lenient.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void keep_markup_and_control_characters_from_breaking_the_xml() throws Exception {
      // GIVEN a value with markup and characters XML 1.0 cannot hold
      Finding odd =
          Finding.builder(RuleId.CHANNEL_UNKNOWN, Severity.WARNING)
              .item(ItemPath.of("综合业务"))
              .field("channels")
              .newValue("<script>&\u0001\uD800x")
              .build();

      Document xml = render(Report.of("目录.yaml", List.of(odd)), Locale.CHINA);

      assertThat(onlyCase(xml, "CHANNEL_UNKNOWN").getTextContent())
          .contains("值: <script>&\uFFFD\uFFFDx\n");
    }
  }

  @Test
  void cleans_only_what_xml_cannot_hold() {
    assertThat(XmlText.clean("a\tb\nc😀")).isEqualTo("a\tb\nc😀");
    assertThat(XmlText.clean("\uDC00a\uFFFE")).isEqualTo("\uFFFDa\uFFFD");
  }
}
