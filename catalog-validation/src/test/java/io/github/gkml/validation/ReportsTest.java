package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.SourceLocation;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

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

  @Test
  void text_report_in_chinese_names_severity_rule_item_field_message_and_place()
      throws IOException {
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
  void text_report_in_english() throws IOException {
    assertThat(render(ReportFormat.TEXT, Locale.ENGLISH))
        .startsWith("Checked: 目录.yaml\n[ERROR] ELEMENT_MISSING")
        .contains("responsible body (公开主体)")
        .endsWith("2 findings: 1 errors, 1 warnings, 0 infos (1 accepted)\n");
  }

  @Test
  void text_report_says_when_there_is_nothing() throws IOException {
    StringWriter out = new StringWriter();
    Reports.write("目录.yaml", List.of(), ReportFormat.TEXT, Locale.CHINA, out);

    assertThat(out).hasToString("检查对象:目录.yaml\n未发现问题。\n");
  }

  @Test
  void json_report_has_the_contract_fields() throws IOException {
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
  void the_same_findings_give_byte_identical_reports() throws IOException {
    assertThat(render(ReportFormat.JSON, Locale.CHINA))
        .isEqualTo(render(ReportFormat.JSON, Locale.CHINA));
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
