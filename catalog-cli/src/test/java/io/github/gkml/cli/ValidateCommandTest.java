package io.github.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code gkml validate}: every rule, rule-set files and the list of rules. */
class ValidateCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path ROOT = Path.of(System.getProperty("gkml.root", "..")).toAbsolutePath();
  static final Path GAPS = Path.of("src/test/resources/gaps.yaml").toAbsolutePath();

  static Stream<Path> exampleCatalogs() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("examples/data"))) {
      return files
          .filter(
              f -> f.toString().endsWith(".yaml") && !f.toString().endsWith("-acceptances.yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("exampleCatalogs")
  void every_example_catalog_validates_with_no_error(Path file) {
    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).doesNotContain("[错误]");
  }

  @Test
  void reports_a_deadline_later_than_the_statute_in_chinese_with_the_line(@TempDir Path dir)
      throws IOException {
    // guotu-kongjian-guihua dossier, 规划编制: 30日 after the information is formed.
    Path file =
        Files.writeString(
            dir.resolve("村庄规划.yaml"),
            """
            format: gkml-catalog/1
            domain: 国土空间规划
            title: 某县国土空间规划领域基层政务公开标准目录
            level: 县级
            items:
              - path: [规划编制, 部分村庄编制完成的村庄规划、村土地利用规划]
                content: [村庄规划]
                basis: [《土地管理法》, 《城乡规划法》, 《政府信息公开条例》]
                deadline: 自该信息形成或者变更之日起30日内予以公开,法律法规另有规定的除外。
                subjects: [县自然资源和规划局]
                channels: [政府网站]
                audience: [全社会]
                modes: [主动]
                levels: [县级, 乡级, 村级]
            """);

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("[错误] DEADLINE_EXCEEDS_STATUTE  规划编制 / 部分村庄编制完成的村庄规划、村土地利用规划  公开时限")
        .contains("条例第二十六条")
        .contains("位置:" + file + ":6:5");
  }

  @Nested
  class Domain_rules {

    // zhengdi-buchang dossier, 征地前期准备/征收土地补偿安置公告 (S4), with one value changed: a
    // 公告期限 of 10个工作日 where 土地管理法实施条例第二十八条 asks at least 30日; the row cites the
    // 土地管理法 but not the 条例, so only the domain rule holds it to the 条例.
    static final String LAND_PLAN =
        """
          - path: [征地前期准备, 征收土地补偿安置公告]
            content: [征收土地补偿安置公告, 听证通知书]
            basis: [《土地管理法》, 《征收土地公告办法》, 《自然资源听证规定》, 《政府信息公开条例》]
            deadline: ①《听证通知书》在组织听证7个工作日前予以公开;②其他听证公开内容为依申请公开。
            displayPeriod: 公告期限为10个工作日
            subjects: [土地房屋征收中心]
            channels: [政府网站]
            audience: [全社会]
            modes: [主动]
            levels: [县级]
        """;

    static Path catalog(Path dir, String domain) throws IOException {
      return Files.writeString(
          dir.resolve(domain + ".yaml"),
          "format: gkml-catalog/1\ndomain: "
              + domain
              + "\ntitle: 某县"
              + domain
              + "领域基层政务公开标准目录\nlevel: 县级\nitems:\n"
              + LAND_PLAN);
    }

    @Test
    void a_land_catalog_gets_the_land_rules_in_chinese_and_english(@TempDir Path dir)
        throws IOException {
      Path file = catalog(dir, "征地补偿");

      CliRun chinese = CliRun.of("validate", file.toString());
      CliRun english = CliRun.of("validate", "--lang", "en", file.toString());

      assertThat(chinese.exitCode()).isEqualTo(1);
      assertThat(chinese.out())
          .contains("[错误] DOMAIN_DISPLAY_PERIOD_TOO_SHORT  征地前期准备 / 征收土地补偿安置公告  公示期")
          .contains("本事项属于征地补偿安置方案公告,《土地管理法实施条例》(国务院令第743号)第二十八条规定公示期不少于30日")
          .contains("位置:" + file + ":6:5");
      assertThat(english.out())
          .contains("which 《土地管理法实施条例》(国务院令第743号)第二十八条 requires to be displayed");
    }

    @Test
    void a_social_assistance_catalog_does_not_get_them(@TempDir Path dir) throws IOException {
      Path file = catalog(dir, "社会救助");

      CliRun run = CliRun.of("validate", "--format", "json", file.toString());

      JsonNode findings = JSON.readTree(run.out()).get("findings");
      assertThat(findings.findValuesAsText("ruleId")).noneMatch(id -> id.startsWith("DOMAIN_"));
    }
  }

  @Nested
  class Rule_sets {

    @Test
    void disables_rules_and_changes_severities(@TempDir Path dir) throws IOException {
      Path rules =
          Files.writeString(
              dir.resolve("rules.yaml"),
              """
              format: gkml-rules/1
              rules:
                ELEMENT_MISSING: {severity: warning}
              """);

      CliRun run = CliRun.of("validate", "--rules", rules.toString(), GAPS.toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("[警告] ELEMENT_MISSING").doesNotContain("[错误]");
    }

    @Test
    void exits_3_naming_the_file_line_and_field_of_a_bad_rule_set(@TempDir Path dir)
        throws IOException {
      Path rules =
          Files.writeString(
              dir.resolve("rules.yaml"),
              "format: gkml-rules/1\nrules:\n  ELEMENT_MISSING: {severity: fatal}\n");

      CliRun run = CliRun.of("validate", "--rules", rules.toString(), GAPS.toString());

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err())
          .startsWith(rules + ":3:")
          .contains("(/rules/ELEMENT_MISSING/severity): expected error, warning or info");
    }
  }

  @Nested
  class Listing_rules {

    @Test
    void lists_every_rule_with_purpose_and_severity_in_both_languages() {
      String chinese = CliRun.of("validate", "--list-rules").out();
      String english = CliRun.of("validate", "--list-rules", "--lang", "en").out();

      assertThat(chinese)
          .contains("DEADLINE_EXCEEDS_STATUTE  错误")
          .contains("依据:条例第二十六条")
          .contains("DOMAIN_DISPLAY_PERIOD_MISSING  警告")
          .endsWith("共 14 条规则\n");
      assertThat(english).contains("DEADLINE_VAGUE  warning").endsWith("14 rules\n");
    }

    @Test
    void lists_them_as_json_with_a_rule_set_applied(@TempDir Path dir) throws IOException {
      Path rules =
          Files.writeString(
              dir.resolve("rules.yaml"),
              "format: gkml-rules/1\nrules:\n  DEADLINE_VAGUE: {enabled: false}\n");

      CliRun run =
          CliRun.of("validate", "--list-rules", "--format", "json", "--rules", rules.toString());

      JsonNode list = JSON.readTree(run.out()).get("rules");
      assertThat(list).hasSize(14);
      assertThat(list.findValuesAsText("id")).isSorted().contains("ELEMENT_MISSING");
      JsonNode vague = list.get(list.findValuesAsText("id").indexOf("DEADLINE_VAGUE"));
      assertThat(vague.get("enabled").asBoolean()).isFalse();
      assertThat(vague.at("/purpose/en").asText()).isNotBlank();
      assertThat(vague.get("defaultSeverity").asText()).isEqualTo("WARNING");
    }

    @Test
    void a_file_is_required_unless_listing_rules() {
      CliRun run = CliRun.of("validate");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("--list-rules");
    }
  }
}
