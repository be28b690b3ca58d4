package io.github.gkml.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.ReportSamples;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  static String render(Report report, Locale locale) throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.write(report, locale, out);
    return out.toString();
  }

  static long count(String html, String regex) {
    return Pattern.compile(regex).matcher(html).results().count();
  }

  @Nested
  class Page {

    @Test
    void is_one_self_contained_document_without_script_or_external_resources() throws IOException {
      String html = render(ReportSamples.revision(), Locale.CHINA);

      assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").endsWith("</html>\n");
      assertThat(html).contains("<style>").contains("<meta charset=\"utf-8\">");
      assertThat(html).doesNotContain("<script", "<link", "src=", "url(", "@import", "http");
    }

    @Test
    void is_in_english_when_asked() throws IOException {
      String html = render(ReportSamples.revision(), Locale.ENGLISH);

      assertThat(html).contains("<html lang=\"en\">").contains("<h2>Summary</h2>");
    }

    @Test
    void escapes_markup_from_the_catalog() throws IOException {
      // GIVEN a channel name and a reason that look like markup
      String html = render(ReportSamples.single(), Locale.CHINA);

      // THEN they are shown as text
      assertThat(html)
          .doesNotContain("<script>", "渠道 <b>")
          .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 县融媒体中心")
          .contains("本县法定发布渠道 &lt;b&gt;");
    }

    @Test
    void escapes_every_special_character() {
      assertThat(HtmlWriter.escape("<a href=\"x\">'&'</a>"))
          .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
  }

  @Nested
  class Summary {

    @Test
    void comes_first_with_the_verdict_and_the_counts() throws IOException {
      String html = render(ReportSamples.revision(), Locale.CHINA);

      assertThat(html.indexOf("class=\"summary\"")).isLessThan(html.indexOf("class=\"items\""));
      assertThat(html)
          .contains("<div class=\"verdict failed\"><span class=\"verdict-word\">不通过</span>")
          .contains("<b>5</b><span class=\"label\">错误</span>")
          .contains("<b>1</b><span class=\"label\">已接受</span>");
    }

    @Test
    void judges_each_principle() throws IOException {
      String html = render(ReportSamples.history(), Locale.CHINA);

      assertThat(html)
          .contains("<th scope=\"row\">公开事项只增不减</th><td><span class=\"status failed\">违反</span>")
          .contains("<th scope=\"row\">公开方式只多不少</th><td><span class=\"status passed\">符合</span>")
          .contains("<th scope=\"row\">公开时限只紧不松</th><td><span class=\"status passed\">符合</span>");
    }

    @Test
    void leaves_the_principles_out_for_a_single_catalog() throws IOException {
      assertThat(render(ReportSamples.single(), Locale.CHINA)).doesNotContain("三个原则");
    }

    @Test
    void of_an_empty_report_passes_and_says_so() throws IOException {
      String html = render(Report.of("空目录.yaml", List.of()), Locale.CHINA);

      assertThat(html)
          .contains("<div class=\"verdict passed\">")
          .contains("<p class=\"nothing\">未发现问题。</p>")
          .doesNotContain("<article");
    }
  }

  @Nested
  class Items {

    @Test
    void show_every_finding_once_grouped_by_item() throws IOException {
      String html = render(ReportSamples.revision(), Locale.CHINA);

      assertThat(count(html, "<article class=\"finding ")).isEqualTo(9);
      assertThat(count(html, "<section class=\"item\" id=\"item-\\d+\">")).isEqualTo(8);
      assertThat(count(html, "<a href=\"#item-\\d+\">")).isEqualTo(8);
      for (Finding finding : ReportSamples.findings()) {
        assertThat(html).contains("<code class=\"rule\">" + finding.ruleId().id() + "</code>");
      }
    }

    @Test
    void highlight_each_channel_lost_and_gained_side_by_side() throws IOException {
      String html = render(ReportSamples.revision(), Locale.CHINA);

      assertThat(html)
          .contains(
              "<div class=\"side old\"><div class=\"side-label\">原版本 · 2022</div>"
                  + "<div class=\"value\">政府网站、<del>两微一端</del></div></div>"
                  + "<div class=\"side new\"><div class=\"side-label\">新版本 · 2023</div>"
                  + "<div class=\"value\">政府网站、<ins>政务微信</ins></div></div>");
    }

    @Test
    void highlight_the_changed_part_of_a_deadline() throws IOException {
      String html = render(ReportSamples.revision(), Locale.CHINA);

      assertThat(html)
          .contains("自信息形成或者变更之日起<del>20个工作</del>日内")
          .contains("自信息形成或者变更之日起<ins>30</ins>日内");
    }

    @Test
    void mark_accepted_findings_with_their_reason() throws IOException {
      String html = render(ReportSamples.revision(), Locale.CHINA);

      assertThat(count(html, "<article class=\"finding error accepted\">")).isEqualTo(1);
      assertThat(html)
          .contains("<span class=\"badge accepted\">已接受</span>")
          .contains("<p class=\"reason\">✓ 已接受:" + ReportSamples.REASON + "</p>");
    }

    @Test
    void show_the_locations() throws IOException {
      assertThat(render(ReportSamples.revision(), Locale.CHINA))
          .contains("<p class=\"location\">位置:社会救助-2023.yaml:112:5#/items/5</p>");
    }

    @Test
    void show_a_value_found_in_a_single_catalog_as_it_is() throws IOException {
      String html = render(ReportSamples.single(), Locale.CHINA);

      assertThat(html).contains("<div class=\"single\"><div class=\"side-label\">值</div>");
      assertThat(html).doesNotContain("<ins>", "class=\"sbs\"");
    }

    @Test
    void name_the_versions_of_a_history_finding() throws IOException {
      String html = render(ReportSamples.history(), Locale.CHINA);

      assertThat(html)
          .contains("<span class=\"tag versions\">2021 → 2023</span>")
          .contains("<div class=\"side-label\">原版本 · 2021</div>")
          .contains("<div class=\"side-label\">新版本 · 2023</div>")
          .contains("<span class=\"none\">(无)</span>");
    }
  }
}
