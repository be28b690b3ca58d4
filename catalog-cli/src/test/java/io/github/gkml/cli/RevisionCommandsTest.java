package io.github.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code gkml diff} and {@code gkml history} on the example catalogs. */
class RevisionCommandsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path DATA = Path.of(System.getProperty("gkml.root", "..")).resolve("examples/data");
  static final String OLD = DATA.resolve("shehui-jiuzhu-2023.yaml").toString();
  static final String NEW = DATA.resolve("shehui-jiuzhu-2024.yaml").toString();
  static final String ACCEPTED = DATA.resolve("shehui-jiuzhu-acceptances.yaml").toString();

  @Nested
  class Diff {

    @Test
    void reports_the_two_broken_principles_in_chinese_and_fails() {
      CliRun run = CliRun.of("diff", OLD, NEW);

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out())
          .contains("[错误] CONTENT_ELEMENT_REMOVED  临时救助 / 办事指南")
          .contains("删除了公开内容要素“联系方式”(公开事项只增不减)")
          .contains("[错误] CHANNEL_REMOVED  特困人员救助供养 / 政策法规文件")
          .contains("[警告] ITEM_RENAMED")
          .contains("共 10 条:错误 2,警告 1,提示 7");
    }

    @Test
    void an_accepted_break_is_still_reported_but_no_longer_fails_alone() throws IOException {
      JsonNode report =
          JSON.readTree(
              CliRun.of("diff", "--format", "json", "--accept", ACCEPTED, OLD, NEW).out());

      JsonNode channel = null;
      for (JsonNode f : report.get("findings")) {
        if (f.get("ruleId").asText().equals("CHANNEL_REMOVED")) {
          channel = f;
        }
      }
      assertThat(channel).isNotNull();
      assertThat(channel.get("accepted").asText()).startsWith("县公开查阅点已并入县政务服务中心");
      assertThat(report.at("/summary/accepted").asInt()).isEqualTo(1);
      assertThat(report.get("verdict").asText()).isEqualTo("FAILED");
    }

    @Test
    void passes_a_revision_that_only_widens_and_tightens() {
      CliRun run =
          CliRun.of(
              "diff",
              DATA.resolve("yanglao-fuwu-2023.yaml").toString(),
              DATA.resolve("yanglao-fuwu-2024.yaml").toString());

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("错误 0,警告 0");
    }

    @Test
    void fail_on_warning_and_never_set_the_threshold() {
      assertThat(CliRun.of("diff", "--fail-on", "never", OLD, NEW).exitCode()).isZero();
      assertThat(
              CliRun.of("diff", "--fail-on", "warning", "--accept", ACCEPTED, OLD, NEW).exitCode())
          .isEqualTo(1);
    }

    @Test
    void a_stale_acceptance_is_reported(@TempDir Path dir) throws IOException {
      Path stale =
          Files.writeString(
              dir.resolve("stale.yaml"),
              Files.readString(Path.of(ACCEPTED)).replace("464556c9805580e6", "0123456789abcdef"));

      CliRun run = CliRun.of("diff", "--lang", "en", "--accept", stale.toString(), OLD, NEW);

      assertThat(run.out()).contains("[WARNING] ACCEPTANCE_STALE").contains("0123456789abcdef");
    }

    @Test
    void writes_a_baseline_to_review_that_refuses_to_be_used_unreviewed(@TempDir Path dir)
        throws IOException {
      Path baseline = dir.resolve("baseline.yaml");

      CliRun write = CliRun.of("diff", "--write-baseline", baseline.toString(), OLD, NEW);
      CliRun use = CliRun.of("diff", "--accept", baseline.toString(), OLD, NEW);

      assertThat(write.exitCode()).isEqualTo(1);
      assertThat(Files.readString(baseline))
          .contains("fingerprint: 464556c9805580e6")
          .contains("ruleId: CONTENT_ELEMENT_REMOVED")
          .contains("justification: \"\"");
      assertThat(use.exitCode()).isEqualTo(3);
      assertThat(use.err()).contains("baseline.yaml").contains("justification");
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "html", "sarif", "junit"})
    void writes_every_format_to_a_file(String format, @TempDir Path dir) throws Exception {
      Path out = dir.resolve("report." + format);

      CliRun run = CliRun.of("diff", "--format", format, "-o", out.toString(), OLD, NEW);

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      String text = Files.readString(out);
      assertThat(text).contains("CHANNEL_REMOVED");
      switch (format) {
        case "html" -> assertThat(text).startsWith("<!DOCTYPE html>").contains("特困人员救助供养");
        case "sarif" -> assertThat(JSON.readTree(text).get("version").asText()).isEqualTo("2.1.0");
        case "junit" ->
            assertThat(
                    DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(out.toFile())
                        .getDocumentElement()
                        .getNodeName())
                .isEqualTo("testsuites");
        default -> assertThat(text).contains("联系方式");
      }
    }

    @Test
    void names_an_unreadable_catalog_or_acceptance_file(@TempDir Path dir) throws IOException {
      Path bad =
          Files.writeString(
              dir.resolve("bad.yaml"), "format: gkml-acceptances/1\nacceptances: [{ruleId: X}]\n");

      assertThat(CliRun.of("diff", OLD, dir.resolve("none.yaml").toString()).exitCode())
          .isEqualTo(3);
      CliRun run = CliRun.of("diff", "--accept", bad.toString(), OLD, NEW);
      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).startsWith(bad.toString()).doesNotContain("\tat ");
    }
  }

  @Nested
  class History {

    @Test
    void checks_each_version_against_every_earlier_one_in_the_order_given() throws IOException {
      JsonNode report =
          JSON.readTree(CliRun.of("history", "--format", "json", OLD, NEW, OLD).out());

      assertThat(report.get("findings").findValuesAsText("from")).contains("2023", "2024");
      assertThat(report.get("findings").findValuesAsText("to")).contains("2024", "2023");
      boolean removedBack = false;
      for (JsonNode f : report.get("findings")) {
        if (f.get("ruleId").asText().equals("ITEM_REMOVED")
            && f.get("from").asText().equals("2024")
            && f.get("to").asText().equals("2023")) {
          removedBack = true;
        }
      }
      assertThat(removedBack).as("going back from 2024 to 2023 removes the added item").isTrue();
    }

    @Test
    void needs_at_least_two_versions() {
      assertThat(CliRun.of("history", OLD).exitCode()).isEqualTo(2);
    }
  }

  @Nested
  class Conform {

    @Test
    void the_2023_catalog_conforms_to_its_national_baseline() {
      CliRun run = CliRun.of("conform", OLD);

      assertThat(run.exitCode()).as(run.out()).isZero();
      assertThat(run.out()).contains("国家标准指引基线").contains("错误 0");
    }

    @Test
    void the_2024_catalog_is_told_exactly_what_it_lacks() throws IOException {
      CliRun run = CliRun.of("conform", "--format", "json", NEW);

      assertThat(run.exitCode()).isEqualTo(1);
      JsonNode report = JSON.readTree(run.out());
      assertThat(report.at("/summary/errors").asInt()).isEqualTo(2);
      assertThat(report.get("findings").findValuesAsText("ruleId"))
          .contains("CONTENT_ELEMENT_REMOVED", "CHANNEL_REMOVED", "ITEM_RENAMED");
    }

    @Test
    void a_province_baseline_file_and_a_township_level_can_be_given(@TempDir Path dir)
        throws IOException {
      CliRun run =
          CliRun.of("conform", "--baseline", OLD, "--level", "township", "--lang", "en", NEW);

      assertThat(run.out()).contains("CONTENT_ELEMENT_REMOVED").doesNotContain("国家标准指引基线");
      assertThat(CliRun.of("conform", "--level", "province", NEW).exitCode()).isEqualTo(2);
      assertThat(
              CliRun.of("conform", "--baseline", dir.resolve("none.yaml").toString(), NEW)
                  .exitCode())
          .isEqualTo(3);
    }
  }
}
