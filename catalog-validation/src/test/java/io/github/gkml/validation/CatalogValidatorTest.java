package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogValidatorTest {

  /** 社会救助 / 综合业务 / 政策法规文件, as the 大竹县 catalog publishes it. */
  static Item.Builder policyDocuments() {
    return Item.builder(ItemPath.of("综合业务", "政策法规文件"))
        .content("《社会救助暂行办法》(国务院令第649号)", "各地配套政策法规文件")
        .basis("《中华人民共和国政府信息公开条例》(国务院令第711号)")
        .deadline(
            Deadline.within(
                10,
                io.github.gkml.model.PeriodUnit.WORKING_DAYS,
                io.github.gkml.model.Trigger.OBTAINED))
        .subjects("县级人民政府民政部门、乡镇人民政府(街道办事处)")
        .channels("政府网站", "公开查阅点", "政务服务中心")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.COUNTY, AdminLevel.TOWNSHIP);
  }

  static Catalog catalogOf(Item... items) {
    return Catalog.of(
        CatalogMetadata.of(PilotDomain.SOCIAL_ASSISTANCE, "大竹县社会救助领域基层政务公开标准目录"), List.of(items));
  }

  static List<Finding> validate(Item... items) {
    return CatalogValidator.defaults().validate(catalogOf(items));
  }

  @Test
  void finds_nothing_in_a_complete_row() {
    assertThat(validate(policyDocuments().build())).isEmpty();
  }

  @Nested
  class Required_elements {

    @Test
    void reports_each_blank_element_of_a_row_whose_source_was_cut_off() {
      // 最低生活保障 / 审批信息: the source cut the row off after its content.
      Item cutOff = Item.builder(ItemPath.of("最低生活保障", "审批信息")).content("低保对象名单及相关信息").build();

      List<Finding> findings = validate(cutOff);

      assertThat(findings)
          .allSatisfy(
              f -> {
                assertThat(f.ruleId()).isEqualTo(RuleId.ELEMENT_MISSING);
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.item()).isEqualTo(cutOff.path());
              })
          .extracting(Finding::field)
          .containsExactly("audience", "basis", "channels", "deadline", "modes", "subjects");
    }

    @Test
    void counts_a_blank_deadline_text_as_missing() {
      List<Finding> findings = validate(policyDocuments().deadline(Deadline.parse("  ")).build());

      assertThat(findings).singleElement().extracting(Finding::field).isEqualTo("deadline");
    }

    @Test
    void names_the_element_in_chinese_and_english() {
      Finding finding = validate(policyDocuments().modes(List.of()).build()).get(0);

      assertThat(finding.message(java.util.Locale.CHINA)).startsWith("缺少必备要素“公开方式”");
      assertThat(finding.message(java.util.Locale.ENGLISH))
          .startsWith("required element \"mode (公开方式)\" is blank");
    }
  }

  @Nested
  class Deadlines {

    @Test
    void warns_of_a_deadline_it_cannot_read_and_quotes_it() {
      List<Finding> findings =
          validate(policyDocuments().deadline(new Deadline.Unparsed("请于会后酌情处理", null)).build());

      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo(RuleId.DEADLINE_UNPARSED);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.newValue()).isEqualTo("请于会后酌情处理");
                assertThat(f.message(java.util.Locale.CHINA)).contains("“请于会后酌情处理”");
              });
    }

    @Test
    void warns_of_an_unreadable_clause_inside_a_conditional_deadline() {
      Deadline conditional =
          new Deadline.Conditional(
              "1.处罚决定:20个工作日内;2.其他:视情况",
              List.of(
                  new Deadline.Clause(
                      "处罚决定",
                      Deadline.within(
                          20,
                          io.github.gkml.model.PeriodUnit.WORKING_DAYS,
                          io.github.gkml.model.Trigger.UNSPECIFIED)),
                  new Deadline.Clause("其他", new Deadline.Unparsed("视情况", null))),
              null);

      assertThat(validate(policyDocuments().deadline(conditional).build()))
          .singleElement()
          .extracting(Finding::newValue)
          .isEqualTo("视情况");
    }
  }

  @Nested
  class Channels {

    @Test
    void warns_of_each_unknown_channel_and_keeps_its_name() {
      List<Finding> findings =
          validate(policyDocuments().channels("政府网站", "县融媒体中心", "■镇村公示公开栏").build());

      assertThat(findings)
          .extracting(Finding::ruleId, Finding::newValue)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(RuleId.CHANNEL_UNKNOWN, "■镇村公示公开栏"),
              org.assertj.core.groups.Tuple.tuple(RuleId.CHANNEL_UNKNOWN, "县融媒体中心"));
    }

    @Test
    void knows_the_aliases_tables_use() {
      assertThat(validate(policyDocuments().channels("政府门户网站", "微信公众号", "村务公开栏").build()))
          .isEmpty();
    }
  }

  @Nested
  class Order_and_location {

    @Test
    void sorts_by_item_path_then_rule_id() {
      Item b =
          policyDocuments()
              .path(ItemPath.of("临时救助", "办事指南"))
              .channels("县融媒体中心")
              .modes(List.of())
              .build();
      Item a = policyDocuments().path(ItemPath.of("临时救助", "政策法规文件")).subjects(List.of()).build();

      List<Finding> findings = validate(a, b);

      assertThat(findings)
          .extracting(f -> f.item() + " " + f.ruleId())
          .containsExactly(
              "临时救助 / 办事指南 CHANNEL_UNKNOWN",
              "临时救助 / 办事指南 ELEMENT_MISSING",
              "临时救助 / 政策法规文件 ELEMENT_MISSING");
      assertThat(findings).isSortedAccordingTo(Finding.ORDER);
    }

    @Test
    void locates_findings_by_the_line_of_the_item_in_its_file() throws IOException {
      String yaml =
          """
          format: gkml-catalog/1
          domain: 社会救助
          title: 大竹县社会救助领域基层政务公开标准目录
          items:
            - path: [最低生活保障, 审批信息]
              content: [低保对象名单及相关信息]
              basis: [《国务院关于进一步加强和改进最低生活保障工作的意见》(国发〔2012〕45号)]
              deadline: 制定或获取信息之日起10个工作日内
              subjects: [县民政局]
              channels: [政府网站]
              audience: [特定群体]
          """;
      LoadedCatalog loaded =
          CatalogFormat.defaults()
              .load(
                  new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                  "目录.yaml",
                  CatalogSyntax.YAML);

      List<Finding> findings = CatalogValidator.defaults().validate(loaded);

      assertThat(findings)
          .singleElement()
          .extracting(Finding::location)
          .isEqualTo(new SourceLocation("目录.yaml", null, 5, 5, "/items/0"));
    }

    @Test
    void prefers_the_table_row_an_importer_recorded() {
      SourceLocation row = SourceLocation.of("目录.xlsx", "社会救助", 7);

      assertThat(validate(policyDocuments().modes(List.of()).source(row).build()))
          .singleElement()
          .extracting(Finding::location)
          .isEqualTo(row);
    }
  }
}
