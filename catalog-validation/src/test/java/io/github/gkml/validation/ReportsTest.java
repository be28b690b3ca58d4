package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.SourceLocation;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportsTest {

  static final List<Finding> FINDINGS =
      List.of(
          Finding.builder(RuleId.ELEMENT_MISSING, Severity.ERROR)
              .item(ItemPath.of("最低生活保障", "审批信息"))
              .field("subjects")
              .location(new SourceLocation("目录.yaml", null, 12, 5, "/items/5"))
              .build(),
          Finding.builder(RuleId.CHANNEL_UNKNOWN, Severity.WARNING)
              .item(ItemPath.of("综合业务", "监督检查"))
              .field("channels")
              .newValue("县融媒体中心")
              .build()
              .withAccepted("县级融媒体中心为本县法定发布渠道"));

  static String render(ReportFormat format, Locale locale) throws IOException {
    StringWriter out = new StringWriter();
    Reports.write("目录.yaml", FINDINGS, format, locale, out);
    return out.toString();
  }

  static String render(Report report, ReportFormat format, Locale locale) throws IOException {
    StringWriter out = new StringWriter();
    Reports.write(report, format, locale, out);
    return out.toString();
  }

  @Nested
  class Text {

    @Test
    void in_chinese_names_severity_rule_item_field_message_and_place() throws IOException {
      assertThat(render(ReportFormat.TEXT, Locale.SIMPLIFIED_CHINESE))
          .isEqualTo(
              """
              检查对象:目录.yaml
              [错误] ELEMENT_MISSING  最低生活保障 / 审批信息  公开主体
                  缺少必备要素“公开主体”(国办发〔2019〕54号要求的目录要素)
                  位置:目录.yaml:12:5#/items/5
              [警告] CHANNEL_UNKNOWN  综合业务 / 监督检查  公开渠道和载体  (已接受:县级融媒体中心为本县法定发布渠道)
                  渠道词表中没有“县融媒体中心”,已作为自定义渠道保留;如为常用渠道的别称,请改用标准名称
              共 2 条:错误 1,警告 1,提示 0(其中已接受 1)
              """);
    }

    @Test
    void in_english() throws IOException {
      assertThat(render(ReportFormat.TEXT, Locale.ENGLISH))
          .startsWith("Checked: 目录.yaml\n[ERROR] ELEMENT_MISSING")
          .contains("responsible body (公开主体)")
          .endsWith("2 findings: 1 errors, 1 warnings, 0 infos (1 accepted)\n");
    }

    @Test
    void says_when_there_is_nothing() throws IOException {
      StringWriter out = new StringWriter();
      Reports.write("目录.yaml", List.of(), ReportFormat.TEXT, Locale.CHINA, out);

      assertThat(out).hasToString("检查对象:目录.yaml\n未发现问题。\n");
    }

    @Test
    void names_the_versions_of_a_history_finding() throws IOException {
      assertThat(render(ReportSamples.history(), ReportFormat.TEXT, Locale.CHINA))
          .contains("ITEM_REMOVED  临时救助 / 审批结果  事项名称  2021 → 2022\n")
          .contains("ITEM_REMOVED  临时救助 / 审批结果  事项名称  2021 → 2023\n");
    }

    @Test
    void of_a_comparison_names_both_versions() throws IOException {
      assertThat(render(ReportSamples.revision(), ReportFormat.TEXT, Locale.ENGLISH))
          .startsWith("Checked: 社会救助-2022.yaml (2022) → 社会救助-2023.yaml (2023)\n");
    }
  }

  @Nested
  class Json {

    @Test
    void has_the_contract_fields() throws IOException {
      JsonNode report = new ObjectMapper().readTree(render(ReportFormat.JSON, Locale.CHINA));

      JsonNode first = report.at("/findings/0");
      assertThat(first.get("ruleId").asText()).isEqualTo("ELEMENT_MISSING");
      assertThat(first.get("severity").asText()).isEqualTo("ERROR");
      assertThat(first.get("principle").isNull()).isTrue();
      assertThat(first.get("item")).hasSize(2);
      assertThat(first.get("item").get(1).asText()).isEqualTo("审批信息");
      assertThat(first.get("field").asText()).isEqualTo("subjects");
      assertThat(first.get("old").isNull()).isTrue();
      assertThat(first.get("message").asText()).startsWith("缺少必备要素");
      assertThat(first.get("accepted").isNull()).isTrue();
      assertThat(first.at("/location/row").asInt()).isEqualTo(12);
      assertThat(first.at("/location/pointer").asText()).isEqualTo("/items/5");
      assertThat(report.at("/findings/1/accepted").asText()).startsWith("县级融媒体中心");
      assertThat(report.at("/summary/errors").asInt()).isEqualTo(1);
      assertThat(report.at("/summary/accepted").asInt()).isEqualTo(1);
      assertThat(report.at("/summary/total").asInt()).isEqualTo(2);
    }

    @Test
    void names_the_report_its_versions_and_verdict() throws IOException {
      JsonNode report =
          new ObjectMapper()
              .readTree(render(ReportSamples.revision(), ReportFormat.JSON, Locale.CHINA));

      assertThat(report.get("format").asText()).isEqualTo("gkml-report/1");
      assertThat(report.at("/old/name").asText()).isEqualTo("社会救助-2022.yaml");
      assertThat(report.at("/new/version").asText()).isEqualTo("2023");
      assertThat(report.get("failOn").asText()).isEqualTo("ERROR");
      assertThat(report.get("verdict").asText()).isEqualTo("FAILED");
      assertThat(report.at("/findings/0/from").isMissingNode()).isTrue();
    }

    @Test
    void names_the_versions_of_a_history_finding() throws IOException {
      JsonNode report =
          new ObjectMapper()
              .readTree(render(ReportSamples.history(), ReportFormat.JSON, Locale.CHINA));

      assertThat(report.at("/old").isNull()).isTrue();
      assertThat(report.at("/findings/1/from").asText()).isEqualTo("2021");
      assertThat(report.at("/findings/1/to").asText()).isEqualTo("2023");
    }
  }

  @Nested
  class EveryFormat {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void gives_byte_identical_output_for_the_same_report(ReportFormat format) throws IOException {
      // GIVEN the same findings in another order
      List<Finding> reversed = new ArrayList<>(ReportSamples.findings());
      Collections.reverse(reversed);

      // WHEN both are rendered
      String first = render(ReportSamples.revision(), format, Locale.CHINA);
      String second =
          render(
              Report.comparison(ReportSamples.OLD, ReportSamples.NEW, reversed),
              format,
              Locale.CHINA);

      // THEN the output is the same, byte for byte

      assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void names_every_rule_and_item_of_the_report(ReportFormat format) throws IOException {
      String out = render(ReportSamples.revision(), format, Locale.ENGLISH);

      for (Finding finding : ReportSamples.findings()) {
        assertThat(out)
            .contains(finding.ruleId().id())
            .contains(Objects.requireNonNull(finding.item()).name());
      }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void renders_an_empty_report(ReportFormat format) throws IOException {
      String out = render(Report.of("空目录.yaml", List.of()), format, Locale.CHINA);

      assertThat(out).isNotBlank().endsWith("\n");
      assertThat(out).doesNotContain("ELEMENT_MISSING", "ITEM_REMOVED");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void uses_the_language_asked_for(ReportFormat format) throws IOException {
      String chinese = render(ReportSamples.single(), format, Locale.SIMPLIFIED_CHINESE);
      String english = render(ReportSamples.single(), format, Locale.ENGLISH);

      assertThat(chinese).contains("缺少必备要素“公开主体”");
      assertThat(english).contains("required element").doesNotContain("缺少必备要素“公开主体”");
    }

    @Test
    void are_found_by_name_in_any_case() {
      assertThat(ReportFormat.find("Sarif")).contains(ReportFormat.SARIF);
      assertThat(ReportFormat.find("junit")).contains(ReportFormat.JUNIT);
      assertThat(ReportFormat.find("xml")).isEmpty();
    }
  }

  @Test
  void an_accepted_error_does_not_fail_a_check_but_an_open_warning_can() {
    Finding error = FINDINGS.get(0);

    assertThat(Summary.fails(List.of(error), Severity.ERROR)).isTrue();
    assertThat(Summary.fails(List.of(error.withAccepted("批准")), Severity.ERROR)).isFalse();
    assertThat(Summary.fails(List.of(FINDINGS.get(1).withAccepted(null)), Severity.ERROR))
        .isFalse();
    assertThat(Summary.fails(List.of(FINDINGS.get(1).withAccepted(null)), Severity.WARNING))
        .isTrue();
  }
}
