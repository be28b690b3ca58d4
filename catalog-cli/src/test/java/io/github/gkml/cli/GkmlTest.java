package io.github.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gkml.model.PilotDomain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GkmlTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path ROOT = Path.of(System.getProperty("gkml.root", "..")).toAbsolutePath();

  /** A catalog with blank cells (the 2023 example before its gaps were filled). */
  static final Path EXAMPLE = Path.of("src/test/resources/gaps.yaml").toAbsolutePath();

  static final Path BAD = Path.of("src/test/resources/bad").toAbsolutePath();

  @Nested
  class Domains {

    @Test
    void lists_all_26_with_aliases_and_ministry_as_json() throws IOException {
      CliRun run = CliRun.of("domains", "--format", "json");

      assertThat(run.exitCode()).isZero();
      JsonNode domains = JSON.readTree(run.out()).get("domains");
      assertThat(domains).hasSize(26);
      assertThat(domains.get(0).get("name").asText()).isEqualTo("国土空间规划");
      assertThat(domains.get(0).get("aliases").get(0).asText()).isEqualTo("城乡规划");
      assertThat(domains.findValuesAsText("ministry")).allSatisfy(m -> assertThat(m).isNotBlank());
      assertThat(domains.findValues("guideline")).filteredOn(g -> !g.isNull()).hasSize(10);
    }

    @Test
    void gives_each_domain_its_baseline_size_and_coverage_note_in_json() throws IOException {
      JsonNode domains =
          JSON.readTree(CliRun.of("domains", "--format", "json").out()).get("domains");

      assertThat(domains.findValues("baselineItems"))
          .allSatisfy(n -> assertThat(n.isInt() && n.asInt() > 0).as(n.toString()).isTrue());
      assertThat(domains.findValues("baselineItems").stream().mapToInt(JsonNode::asInt).sum())
          .isEqualTo(244);
      assertThat(domains.findValuesAsText("coverage")).allSatisfy(c -> assertThat(c).isNotBlank());
      JsonNode assistance = domains.get(PilotDomain.SOCIAL_ASSISTANCE.ordinal());
      assertThat(assistance.get("name").asText()).isEqualTo("社会救助");
      assertThat(assistance.get("baselineItems").asInt()).isEqualTo(12);
      assertThat(assistance.get("coverage").asText()).startsWith("国家指引结构在多地一致");
    }

    @Test
    void lists_them_as_text_in_chinese_or_english() {
      assertThat(CliRun.of("domains").out())
          .contains("社会救助  指引:民政部 民办函〔2019〕52号  基线:12 项\n")
          .contains("公共资源交易  别名:公共资源配置  指引:国家发展改革委  基线:22 项\n")
          .endsWith("共 26 个试点领域\n");
      assertThat(CliRun.of("domains", "--lang", "en").out())
          .contains("baseline: 12 items")
          .endsWith("26 pilot domains\n");
    }
  }

  @Nested
  class Deadlines {

    @Test
    void prints_one_json_object_per_phrase_in_order() throws IOException {
      CliRun run = CliRun.of("deadline", "--format", "json", "长期公开", "", "请于会后酌情处理");

      assertThat(run.exitCode()).isZero();
      List<String> lines = run.out().lines().toList();
      assertThat(lines).hasSize(3);
      assertThat(JSON.readTree(lines.get(0)).get("raw").asText()).isEqualTo("长期公开");
      JsonNode last = JSON.readTree(lines.get(2));
      assertThat(last.get("raw").asText()).isEqualTo("请于会后酌情处理");
      assertThat(last.get("kind").asText()).isEqualTo("UNPARSED");
      for (String field :
          List.of(
              "trigger",
              "amount",
              "unit",
              "extension",
              "frequency",
              "offset",
              "dueBy",
              "interval",
              "clauses",
              "displayPeriod")) {
        assertThat(last.has(field)).as(field).isTrue();
      }
    }

    @Test
    void describes_a_phrase_as_text() {
      assertThat(CliRun.of("deadline", "请于会后酌情处理").out()).isEqualTo("「请于会后酌情处理」\n  类型:UNPARSED\n");
    }
  }

  @Nested
  class Validate {

    @Test
    void reports_the_gaps_of_a_catalog_and_fails_on_errors() {
      CliRun run = CliRun.of("validate", EXAMPLE.toString());

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out())
          .startsWith("检查对象:" + EXAMPLE)
          .contains("[错误] ELEMENT_MISSING  最低生活保障 / 审批信息  公开主体")
          .contains("位置:" + EXAMPLE + ":");
    }

    @Test
    void reports_json_with_locations_and_a_summary() throws IOException {
      CliRun run = CliRun.of("validate", "--format", "json", "--lang", "en", EXAMPLE.toString());

      JsonNode report = JSON.readTree(run.out());
      assertThat(report.get("findings")).isNotEmpty();
      assertThat(report.get("findings"))
          .allSatisfy(
              f -> {
                assertThat(f.at("/location/file").asText()).isEqualTo(EXAMPLE.toString());
                assertThat(f.at("/location/row").asInt()).isPositive();
              });
      assertThat(report.at("/findings/0/message").asText()).matches("^[a-z].*");
      assertThat(report.at("/summary/errors").asInt()).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"never,0", "error,1", "warning,1"})
    void fail_on_sets_the_threshold(String failOn, int exitCode) {
      assertThat(CliRun.of("validate", "--fail-on", failOn, EXAMPLE.toString()).exitCode())
          .isEqualTo(exitCode);
    }

    @Test
    void passes_a_complete_catalog(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("complete.yaml");
      Files.writeString(
          file,
          """
          format: gkml-catalog/1
          domain: 养老服务
          title: 云阳县养老服务领域基层政务公开标准目录
          items:
            - path: [养老服务, 政策法规文件]
              content: [政策法规文件]
              basis: [《中华人民共和国政府信息公开条例》(国务院令第711号)]
              deadline: 请于会后酌情处理
              subjects: [县民政局]
              channels: [政府网站]
              audience: [全社会]
              modes: [主动]
          """);

      CliRun run = CliRun.of("validate", file.toString());

      assertThat(run.exitCode()).as(run.out()).isZero();
    }
  }

  @Nested
  class Bad_input {

    @ParameterizedTest
    @CsvSource({
      "truncated.json, truncated.json:5:",
      "malformed.yaml, malformed.yaml:",
      "wrong-type.yaml, 'wrong-type.yaml:6:15 (/items/0/channels/0): expected a text value, found an object'",
      "unknown-field.yaml, 'unknown-field.yaml:6:15 (/items/0/deadlien): unknown field \"deadlien\"'",
      "empty.yaml, 'empty.yaml: the file is empty'",
      "alias-bomb.yaml, 'YAML aliases (*a) are not supported'",
    })
    void exits_3_with_one_message_naming_the_file_and_where(String file, String expected) {
      CliRun run = CliRun.of("validate", BAD.resolve(file).toString());

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).contains(expected).doesNotContain("\tat ").hasLineCount(1);
      assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage.json", "garbage.yaml", "garbage.yml"})
    void exits_3_on_binary_garbage(String name, @TempDir Path dir) throws IOException {
      byte[] bytes = new byte[8192];
      new Random(name.hashCode()).nextBytes(bytes);
      Path file = Files.write(dir.resolve(name), bytes);

      CliRun run = CliRun.of("validate", file.toString());

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).startsWith(file.toString()).doesNotContain("\tat ");
    }

    @ParameterizedTest
    @CsvSource({"json, nest", "yaml, nest", "json, expected an item", "yaml, expected an item"})
    void exits_3_on_a_deeply_nested_document(String extension, String expected, @TempDir Path dir)
        throws IOException {
      String deep = "[".repeat(50_000) + "]".repeat(50_000);
      String field = expected.equals("nest") ? "remarks" : "items";
      Path file =
          Files.writeString(
              dir.resolve("deep." + extension),
              extension.equals("json")
                  ? "{\"" + field + "\":" + deep + "}"
                  : field + ": " + deep + "\n");

      CliRun run = CliRun.of("validate", file.toString());

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).startsWith(file.toString()).containsIgnoringCase(expected);
    }

    @Test
    void exits_3_on_a_missing_file_a_directory_and_another_file_type(@TempDir Path dir) {
      assertThat(CliRun.of("validate", dir.resolve("none.yaml").toString()).exitCode())
          .isEqualTo(3);
      assertThat(CliRun.of("validate", dir.toString()).exitCode()).isEqualTo(3);
      CliRun pdf = CliRun.of("validate", dir.resolve("目录.pdf").toString());
      assertThat(pdf.exitCode()).isEqualTo(3);
      assertThat(pdf.err()).contains(".json, .yaml, .yml").contains(".xlsx");
    }

    @Test
    void shows_the_stack_trace_only_when_verbose() {
      CliRun run = CliRun.of("validate", "--verbose", BAD.resolve("truncated.json").toString());

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).contains("\tat ");
    }
  }

  @Nested
  class Usage {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "frobnicate",
          "validate",
          "validate --format xml x.yaml",
          "validate --fail-on sometimes x.yaml",
          "domains --lang fr",
          "deadline"
        })
    void exits_2_on_a_usage_error_and_points_to_help(String args) {
      CliRun run = CliRun.of(args.isEmpty() ? new String[0] : args.split(" "));

      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
      assertThat(run.err()).contains("--help").doesNotContain("\tat ");
    }

    static java.util.stream.Stream<String> commands() {
      return java.util.stream.Stream.concat(
          java.util.stream.Stream.of(""),
          new picocli.CommandLine(new io.github.gkml.cli.internal.RootCommand())
              .getSubcommands().keySet().stream());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("commands")
    void every_command_has_help_in_chinese_and_english(String command) {
      String[] zh = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
      String[] en =
          command.isEmpty()
              ? new String[] {"--help", "--lang", "en"}
              : new String[] {command, "--help", "--lang", "en"};

      CliRun chinese = CliRun.of(zh);
      CliRun english = CliRun.of(en);

      assertThat(chinese.exitCode()).isZero();
      assertThat(chinese.out()).contains("用法:").contains("选项:").contains("显示帮助并退出");
      assertThat(english.out()).contains("Usage:").contains("Options:").contains("Show this help");
      assertThat(english.out()).doesNotContain("用法");
    }

    @Test
    void the_environment_can_choose_english() {
      assertThat(CliRun.withEnvironment("en", "--help").out()).contains("Usage:");
    }

    @Test
    void prints_a_version() {
      CliRun run = CliRun.of("--version");

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).startsWith("gkml ");
    }
  }
}
