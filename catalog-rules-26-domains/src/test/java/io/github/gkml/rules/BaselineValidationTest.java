package io.github.gkml.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gkml.model.PilotDomain;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 26 national baselines validated as reference baselines ({@link Baseline#ruleSet()}): a blank
 * element is a warning there, and no rule — built-in or domain — raises an ERROR except on the
 * published rows that break a statute, which are listed here and in {@code docs/baselines.md}.
 */
class BaselineValidationTest {

  static final CatalogValidator REFERENCE =
      CatalogValidator.defaults().withRuleSet(Baseline.ruleSet());

  static final String BY_118 = "DOMAIN_DEADLINE_EXCEEDS_STATUTE ";

  /** The published rows that break a statute: rule id and item, per domain. */
  static final Map<PilotDomain, List<String>> STATUTE_BREACHES =
      Map.of(
          PilotDomain.SPATIAL_PLANNING,
          List.of("DEADLINE_EXCEEDS_STATUTE 规划编制 / 部分村庄编制完成的村庄规划、村土地利用规划"),
          PilotDomain.WORK_SAFETY,
          List.of(BY_118 + "依法行政 / 行政处罚"),
          PilotDomain.ENVIRONMENTAL_PROTECTION,
          List.of(BY_118 + "行政处罚行政强制和行政命令 / 行政处罚决定", BY_118 + "行政许可 / 建设项目环境影响评价文件审批"),
          PilotDomain.PUBLIC_LEGAL_SERVICES,
          List.of(BY_118 + "律师 / 对没有取得律师执业证书以律师名义从事法律业务行为的处罚"),
          PilotDomain.URBAN_ADMINISTRATIVE_ENFORCEMENT,
          List.of(
              BY_118 + "绿化管理 / 损坏城市树木花草",
              BY_118 + "绿化管理 / 擅自砍伐城市树木",
              BY_118 + "违法建设 / 在村庄、集镇规划区内,未按规划审批程序批准或者违反规划的规定进行建设,严重影响村庄、集镇规划",
              BY_118 + "违法建设 / 未按设计图纸施工或者擅自修改设计图纸",
              BY_118 + "违法建设 / 未取得建设工程规划许可证或者未按照建设工程规划许可证的规定进行建设",
              BY_118 + "市容环境卫生管理 / 随地吐痰、便溺,乱扔果皮、纸屑和烟头等废弃物",
              BY_118 + "市容环境卫生管理 / 在城市建筑物、设施以及树木上涂写、刻画或者未经批准张挂、张贴宣传品等",
              BY_118 + "市政公用管理 / 未取得燃气经营许可证从事燃气经营活动",
              BY_118 + "市政公用管理 / 燃气经营者不按照燃气经营许可证的规定从事燃气经营活动",
              BY_118 + "市政公用管理 / 燃气经营者拒绝向市政燃气管网覆盖范围内符合用气条件的单位或者个人供气",
              BY_118 + "行政处罚 / 对城市生活垃圾处置设施未经验收或者验收不合格投入使用的处罚"));

  static List<Finding> validated(PilotDomain domain) {
    return REFERENCE.validate(NationalBaselines.of(domain).catalog());
  }

  static String named(Finding finding) {
    return finding.ruleId() + " " + finding.item();
  }

  @Nested
  class Each_domain {

    @ParameterizedTest
    @EnumSource(PilotDomain.class)
    void validates_with_no_error_but_the_published_rows_that_break_a_statute(PilotDomain domain) {
      List<String> errors =
          validated(domain).stream()
              .filter(f -> f.severity() == Severity.ERROR)
              .map(BaselineValidationTest::named)
              .toList();

      assertThat(errors)
          .as(domain.label())
          .containsExactlyInAnyOrderElementsOf(STATUTE_BREACHES.getOrDefault(domain, List.of()));
    }

    @ParameterizedTest
    @EnumSource(PilotDomain.class)
    void reports_every_blank_element_as_a_warning_without_hiding_one(PilotDomain domain) {
      List<Finding> asCatalog =
          CatalogValidator.defaults().validate(NationalBaselines.of(domain).catalog());

      assertThat(validated(domain))
          .filteredOn(f -> f.ruleId().equals(RuleId.ELEMENT_MISSING))
          .hasSameSizeAs(
              asCatalog.stream().filter(f -> f.ruleId().equals(RuleId.ELEMENT_MISSING)).toList())
          .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }
  }

  @Nested
  class All_domains {

    @Test
    void count_433_blank_elements_16_breaches_and_4_display_periods_not_stated() {
      List<Finding> all =
          java.util.Arrays.stream(PilotDomain.values())
              .flatMap(d -> validated(d).stream())
              .toList();

      assertThat(all).filteredOn(f -> f.ruleId().equals(RuleId.ELEMENT_MISSING)).hasSize(433);
      assertThat(all).filteredOn(f -> f.severity() == Severity.ERROR).hasSize(16);
      assertThat(all)
          .filteredOn(f -> f.ruleId().equals(DomainRules.DISPLAY_PERIOD_MISSING))
          .extracting(f -> f.item().toString())
          .containsExactlyInAnyOrder(
              "征地前期准备 / 拟征收土地告知", "征地前期准备 / 征收土地补偿安置公告", "征地法定公告", "行政许可 / 建设项目环境影响评价文件审批");
    }

    @Test
    void the_reference_rule_set_only_makes_blank_elements_warnings() {
      assertThat(Baseline.ruleSet().severities())
          .containsExactly(Map.entry(RuleId.ELEMENT_MISSING, Severity.WARNING));
      assertThat(Baseline.ruleSet().disabled()).isEmpty();
    }

    @Test
    void the_breaches_are_listed_in_docs_baselines_md() throws IOException {
      Path doc = Path.of(System.getProperty("gkml.root", ".."), "docs", "baselines.md");
      assumeTrue(Files.isRegularFile(doc), "docs/baselines.md is not there");
      String text = Files.readString(doc);

      assertThat(STATUTE_BREACHES.values().stream().flatMap(List::stream))
          .hasSize(16)
          .allSatisfy(b -> assertThat(text).contains(b.substring(b.indexOf(' ') + 1)));
    }
  }
}
