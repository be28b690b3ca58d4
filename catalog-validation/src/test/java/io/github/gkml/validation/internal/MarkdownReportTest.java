package io.github.gkml.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.validation.Report;
import io.github.gkml.validation.ReportSamples;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  static String render(Report report, Locale locale) throws IOException {
    StringWriter out = new StringWriter();
    MarkdownReport.write(report, locale, out);
    return out.toString();
  }

  static List<String> rows(String markdown) {
    return markdown.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| 严重程度")).toList();
  }

  @Nested
  class Heading {

    @Test
    void gives_the_verdict_the_subject_and_the_counts() throws IOException {
      String md = render(ReportSamples.revision(), Locale.CHINA);

      assertThat(md)
          .startsWith("### ❌ 不通过 — 社会救助-2022.yaml (2022) → 社会救助-2023.yaml (2023)\n\n")
          .contains("共 9 条:错误 5,警告 2,提示 2(其中已接受 1) · 失败标准:错误及以上(已接受的除外)\n");
    }

    @Test
    void judges_each_of_the_three_principles() throws IOException {
      String md = render(ReportSamples.history(), Locale.CHINA);

      assertThat(md).contains("❌ **公开事项只增不减** 违反 · ✅ **公开方式只多不少** 符合 · ✅ **公开时限只紧不松** 符合\n");
    }

    @Test
    void says_review_when_only_warnings_are_open() throws IOException {
      String md = render(ReportSamples.revision().withFailOn(null), Locale.ENGLISH);

      assertThat(md).startsWith("### ⚠️ Needs review — ").contains("The findings never fail");
    }

    @Test
    void of_an_empty_report_passes_without_a_table() throws IOException {
      String md = render(Report.of("空目录.yaml", List.of()), Locale.CHINA);

      assertThat(md).isEqualTo("### ✅ 通过 — 空目录.yaml\n\n未发现问题。 · 失败标准:错误及以上(已接受的除外)\n\n");
    }
  }

  @Nested
  class Table {

    @Test
    void has_one_row_per_finding_with_six_cells() throws IOException {
      String md = render(ReportSamples.revision(), Locale.CHINA);

      assertThat(md).contains("| 严重程度 | 规则 | 事项 | 要素 | 原 → 新 | 说明 |\n|---|---|---|---|---|---|\n");
      assertThat(rows(md)).hasSize(9).allSatisfy(row -> assertThat(row.split(" \\| ")).hasSize(6));
    }

    @Test
    void marks_the_lost_and_gained_channels() throws IOException {
      String md = render(ReportSamples.revision(), Locale.CHINA);

      assertThat(md)
          .contains(
              "| 🔴 错误 | `CHANNEL_REMOVED` 公开渠道减少 | 最低生活保障 / 审批信息 | 公开渠道和载体 |"
                  + " 政府网站、<del>两微一端</del> → 政府网站、<ins>政务微信</ins> |");
    }

    @Test
    void marks_accepted_findings_with_their_reason() throws IOException {
      String md = render(ReportSamples.revision(), Locale.CHINA);

      assertThat(md)
          .contains("| 🔴 错误 ✅ 已接受 | `DISPLAY_PERIOD_SHORTENED` 公示期缩短 |")
          .contains("<br>已接受:" + ReportSamples.REASON + " |");
    }

    @Test
    void shows_an_absent_side_as_none() throws IOException {
      String md = render(ReportSamples.revision(), Locale.ENGLISH);

      assertThat(md).contains("| <del>临时救助 / 审批结果</del> → (none) |");
    }

    @Test
    void names_the_versions_of_a_history_finding() throws IOException {
      assertThat(render(ReportSamples.history(), Locale.CHINA))
          .contains("临时救助 / 审批结果<br>2021 → 2023 |");
    }

    @Test
    void escapes_markup_from_the_catalog() throws IOException {
      String md = render(ReportSamples.single(), Locale.CHINA);

      assertThat(md)
          .doesNotContain("<script>", "<b>")
          .contains("\\<script\\>alert('x')\\</script\\> \\& 县融媒体中心")
          .contains("本县法定发布渠道 \\<b\\>");
    }
  }

  @Test
  void escapes_table_and_emphasis_characters_and_breaks_lines() {
    assertThat(MarkdownReport.escape("a|b*c_d\ne\r`f`")).isEqualTo("a\\|b\\*c\\_d<br>e\\`f\\`");
  }
}
