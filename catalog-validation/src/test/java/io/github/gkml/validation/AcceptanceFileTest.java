package io.github.gkml.validation;

import static io.github.gkml.validation.AcceptanceFixtures.APPROVED_BY;
import static io.github.gkml.validation.AcceptanceFixtures.JUSTIFICATION;
import static io.github.gkml.validation.AcceptanceFixtures.RUN_DAY;
import static io.github.gkml.validation.AcceptanceFixtures.readingRoomAccepted;
import static io.github.gkml.validation.AcceptanceFixtures.readingRoomRemoved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gkml.model.ReadLimits;
import io.github.gkml.model.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceptanceFileTest {

  static final String HEAD = "format: gkml-acceptances/1\nacceptances:\n";

  /** The reviewed entry of docs/acceptances.md, in block style. */
  static final String ENTRY =
      """
        - fingerprint: 464556c9805580e6
          ruleId: CHANNEL_REMOVED
          item: [特困人员救助供养, 政策法规文件]
          field: channels
          from: "2023"
          to: "2024"
          justification: 县公开查阅点已并入县政务服务中心,政策法规文件改在政务服务中心查阅
          approvedBy: 竹民发〔2024〕21号
      """;

  static Acceptances parse(String text) throws AcceptanceFileException {
    return AcceptanceFile.defaults().parse(text, "acceptances.yaml");
  }

  static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String text) {
    return assertThatThrownBy(() -> parse(text)).isInstanceOf(AcceptanceFileException.class);
  }

  @Nested
  class Reading {

    @Test
    void reads_the_example_of_the_documentation() throws IOException {
      // GIVEN the YAML example of docs/acceptances.md
      Path doc = Path.of(System.getProperty("gkml.root", ".."), "docs", "acceptances.md");
      Matcher yaml =
          Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(doc));
      assertThat(yaml.find()).as("a yaml block in %s", doc).isTrue();

      // WHEN it is read
      Acceptances acceptances = AcceptanceFile.defaults().parse(yaml.group(1), "acceptances.yaml");

      // THEN it accepts the 2023 → 2024 removal of 公开查阅点 until the end of 2026
      assertThat(acceptances.entries())
          .singleElement()
          .isEqualTo(
              readingRoomAccepted()
                  .withExpires(LocalDate.of(2026, 12, 31))
                  .withNote("查阅点合并见县政务服务中心公告(2024年6月28日)"));
      assertThat(acceptances.applyTo(List.of(readingRoomRemoved()), RUN_DAY))
          .singleElement()
          .matches(Finding::isAccepted);
    }

    @Test
    void records_where_each_entry_starts() throws IOException {
      Acceptances acceptances = parse(HEAD + ENTRY + ENTRY.replace("\"2024\"", "\"2025\""));

      assertThat(acceptances.locationOf(1))
          .contains(new SourceLocation("acceptances.yaml", null, 11, 5, "/acceptances/1"));
    }

    @Test
    void reads_plain_numbers_and_a_single_item_name_as_text() throws IOException {
      Acceptances acceptances =
          parse(
              HEAD
                  + ENTRY
                      .replace("\"2023\"", "2023")
                      .replace("\"2024\"", "2024.10")
                      .replace("[特困人员救助供养, 政策法规文件]", "特困人员救助供养"));

      Acceptance acceptance = acceptances.entries().get(0);
      assertThat(acceptance.fromVersion()).isEqualTo("2023");
      assertThat(acceptance.toVersion()).isEqualTo("2024.10");
      assertThat(acceptance.item()).hasToString("特困人员救助供养");
    }

    @Test
    void reads_an_empty_list_and_a_missing_list_as_no_acceptances() throws IOException {
      assertThat(parse("format: gkml-acceptances/1\nacceptances: []\n").isEmpty()).isTrue();
      assertThat(parse("format: gkml-acceptances/1\nacceptances:\n").isEmpty()).isTrue();
      assertThat(parse("format: gkml-acceptances/1\n").isEmpty()).isTrue();
    }

    @Test
    void reads_a_file_and_a_stream(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("接受清单.yaml");
      Files.writeString(file, HEAD + ENTRY);

      assertThat(AcceptanceFile.defaults().read(file).locationOf(0).orElseThrow().file())
          .isEqualTo(file.toString());
      assertThat(
              AcceptanceFile.defaults()
                  .load(
                      new ByteArrayInputStream((HEAD + ENTRY).getBytes(StandardCharsets.UTF_8)),
                      "stdin")
                  .size())
          .isOne();
    }

    @Test
    void names_a_missing_file_and_a_directory(@TempDir Path dir) {
      assertThatThrownBy(() -> AcceptanceFile.defaults().read(dir.resolve("无.yaml")))
          .isInstanceOf(AcceptanceFileException.class)
          .hasMessageEndingWith("无.yaml: no such file");
      assertThatThrownBy(() -> AcceptanceFile.defaults().read(dir))
          .isInstanceOf(AcceptanceFileException.class)
          .hasMessageEndingWith(": is a directory, not a file");
    }
  }

  @Nested
  class Refusing {

    @Test
    void an_unknown_field_naming_line_column_pointer_and_the_known_fields() {
      assertRefused(HEAD + ENTRY.replace("justification:", "justfication:"))
          .hasMessage(
              "acceptances.yaml:9:5 (/acceptances/0/justfication): unknown field \"justfication\";"
                  + " expected one of: approvedBy, expires, field, fingerprint, from, item,"
                  + " justification, note, ruleId, to");
    }

    @Test
    void with_the_parts_of_the_location_at_hand() {
      AcceptanceFileException e =
          catchThrowableOfType(
              AcceptanceFileException.class,
              () -> parse(HEAD + ENTRY.replace("field: channels", "field: [channels]")));

      assertThat(e.source()).isEqualTo("acceptances.yaml");
      assertThat(e.line()).isEqualTo(6);
      assertThat(e.column()).isEqualTo(12);
      assertThat(e.pointer()).contains("/acceptances/0/field");
      assertThat(e.problem()).isEqualTo("expected text, found a list");
    }

    @Test
    void an_unknown_top_level_field() {
      assertRefused("format: gkml-acceptances/1\nitems: []\n")
          .hasMessage(
              "acceptances.yaml:2:1 (/items): unknown field \"items\"; expected one of:"
                  + " acceptances, format");
    }

    @Test
    void a_blank_justification_naming_the_entry() {
      assertRefused(
              HEAD
                  + ENTRY.replace(
                      "justification: 县公开查阅点已并入县政务服务中心,政策法规文件改在政务服务中心查阅", "justification: \"\""))
          .hasMessage(
              "acceptances.yaml:9:20 (/acceptances/0/justification): entry 1 (CHANNEL_REMOVED"
                  + " 特困人员救助供养 / 政策法规文件, fingerprint 464556c9805580e6) has a blank"
                  + " justification; write why the finding is accepted");
    }

    @Test
    void a_missing_approving_document_naming_the_entry() {
      assertRefused(HEAD + ENTRY.replace("    approvedBy: 竹民发〔2024〕21号\n", ""))
          .hasMessageStartingWith("acceptances.yaml:3:5 (/acceptances/0): entry 1 (CHANNEL_REMOVED")
          .hasMessageContaining("has no approvedBy; write the document that approves it");
    }

    @Test
    void an_empty_approving_document() {
      assertRefused(HEAD + ENTRY.replace("approvedBy: 竹民发〔2024〕21号", "approvedBy:"))
          .hasMessageContaining("(/acceptances/0/approvedBy): entry 1")
          .hasMessageContaining("has no approvedBy");
    }

    @Test
    void malformed_yaml_with_its_line() {
      assertRefused(HEAD + ENTRY.replace("item: [特困人员救助供养, 政策法规文件]", "item: [特困人员救助供养, 政策法规文件"))
          .hasMessageStartingWith("acceptances.yaml:6:")
          .hasMessageContaining("not well-formed YAML");
    }

    @Test
    void a_yaml_alias() {
      String aliased =
          HEAD
              + ENTRY.replace("approvedBy: 竹民发〔2024〕21号", "approvedBy: &doc 竹民发〔2024〕21号")
              + ENTRY
                  .replace("\"2024\"", "\"2025\"")
                  .replace("approvedBy: 竹民发〔2024〕21号", "approvedBy: *doc");

      assertRefused(aliased)
          .hasMessage(
              "acceptances.yaml:18:17 (/acceptances/1/approvedBy): YAML aliases (*doc) are not"
                  + " supported in acceptance files; write the values out");
    }

    @Test
    void a_wrong_or_missing_format_marker() {
      assertRefused("format: gkml-catalog/1\nitems: []\n")
          .hasMessage(
              "acceptances.yaml:1:9 (/format): unknown format \"gkml-catalog/1\"; expected"
                  + " gkml-acceptances/1");
      assertRefused("acceptances: []\n")
          .hasMessage(
              "acceptances.yaml:1:1: missing format; expected an acceptance file (a mapping with"
                  + " format: gkml-acceptances/1 and acceptances)");
      assertRefused("format:\n").hasMessageContaining("no format; expected gkml-acceptances/1");
    }

    @Test
    void a_file_that_is_not_a_mapping_of_acceptances() {
      assertRefused("").hasMessageStartingWith("acceptances.yaml: the file is empty");
      assertRefused("- a\n").hasMessageContaining("found a list");
      assertRefused("format: gkml-acceptances/1\nacceptances: 全部\n")
          .hasMessage(
              "acceptances.yaml:2:14 (/acceptances): expected a list of acceptances, found text");
      assertRefused(HEAD + "  - 464556c9805580e6\n")
          .hasMessageContaining("(/acceptances/0): expected an acceptance (a mapping), found text");
      assertRefused(HEAD + ENTRY + "---\nformat: gkml-acceptances/1\n")
          .hasMessageContaining("a second YAML document");
    }

    @Test
    void values_of_the_wrong_kind() {
      assertRefused(HEAD + ENTRY.replace("field: channels", "field: [channels]"))
          .hasMessage("acceptances.yaml:6:12 (/acceptances/0/field): expected text, found a list");
      assertRefused(HEAD + ENTRY.replace("[特困人员救助供养, 政策法规文件]", "[特困人员救助供养, {a: b}]"))
          .hasMessageContaining("(/acceptances/0/item/1): expected an item name, found a mapping");
    }

    @Test
    void a_bad_fingerprint_rule_item_or_date() {
      assertRefused(HEAD + ENTRY.replace("464556c9805580e6", "464556c98055"))
          .hasMessageContaining("(/acceptances/0/fingerprint): entry 1")
          .hasMessageContaining("16 hex digits");
      assertRefused(HEAD + ENTRY.replace("ruleId: CHANNEL_REMOVED", "ruleId: 渠道减少"))
          .hasMessageContaining("(/acceptances/0/ruleId)")
          .hasMessageContaining("upper case letters");
      assertRefused(HEAD + ENTRY.replace("[特困人员救助供养, 政策法规文件]", "[a, b, c, d]"))
          .hasMessageContaining("(/acceptances/0/item)")
          .hasMessageContaining("1 to 3 segments");
      assertRefused(HEAD + ENTRY + "    expires: 2026-02-30\n")
          .hasMessageContaining("(/acceptances/0/expires): expected a date YYYY-MM-DD, found");
      assertRefused(HEAD + ENTRY.replace("- fingerprint: 464556c9805580e6\n    ruleId", "- ruleId"))
          .hasMessageContaining("entry 1 (CHANNEL_REMOVED 特困人员救助供养 / 政策法规文件) has no fingerprint");
    }

    @Test
    void a_range_that_ends_before_it_starts() {
      assertRefused(HEAD + ENTRY.replace("\"2023\"", "\"2025\""))
          .hasMessageContaining("acceptances.yaml:8:9 (/acceptances/0/to)")
          .hasMessageContaining("fromVersion 2025 comes after toVersion 2024");
    }

    @Test
    void a_repeated_field_or_entry() {
      assertRefused(HEAD + ENTRY + "    field: levels\n")
          .hasMessageContaining("(/acceptances/0/field): duplicate field \"field\"");
      assertRefused(HEAD + ENTRY + ENTRY)
          .hasMessageStartingWith("acceptances.yaml:11:5 (/acceptances/1): entry 2")
          .hasMessageEndingWith(
              "repeats the fingerprint and versions of the entry at line 3; keep one of them");
    }

    @Test
    void input_over_the_limits() {
      AcceptanceFile small =
          AcceptanceFile.defaults().withLimits(new ReadLimits(100_000, 16, 40, 1));

      assertThat(small.limits().maxItems()).isOne();
      assertThatThrownBy(() -> small.parse(HEAD + ENTRY + ENTRY, "a.yaml"))
          .hasMessageContaining("more than 1 acceptances, the limit");
      assertThatThrownBy(
              () -> small.parse(HEAD + ENTRY.replace(JUSTIFICATION, "很".repeat(41)), "a.yaml"))
          .hasMessageContaining("a value of 41 characters, more than the limit of 40");
      assertThatThrownBy(
              () ->
                  AcceptanceFile.defaults()
                      .withLimits(new ReadLimits(100, 16, 40, 1))
                      .parse(HEAD + ENTRY, "a.yaml"))
          .hasMessageContaining("bytes, more than the limit of 100");
    }
  }

  @Test
  void the_accepted_reason_carries_the_approving_document() throws IOException {
    Finding accepted = parse(HEAD + ENTRY).applyTo(List.of(readingRoomRemoved()), RUN_DAY).get(0);

    assertThat(accepted.accepted()).isEqualTo(JUSTIFICATION + "(" + APPROVED_BY + ")");
  }
}
