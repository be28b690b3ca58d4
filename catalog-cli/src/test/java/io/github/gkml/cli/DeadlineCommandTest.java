package io.github.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code gkml deadline}: the JSON contract of DESIGN §8 and the text a person reads. */
class DeadlineCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode parse(String phrase) throws IOException {
    CliRun run = CliRun.of("deadline", "--format", "json", phrase);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void gives_a_deadline_with_its_display_period() throws IOException {
    JsonNode d = parse("制定或获取信息之日起10个工作日内,公示7个工作日");

    assertThat(d.get("kind").asText()).isEqualTo("WITHIN");
    assertThat(d.get("trigger").asText()).isEqualTo("OBTAINED");
    assertThat(d.get("amount").asInt()).isEqualTo(10);
    assertThat(d.get("unit").asText()).isEqualTo("WORKING_DAYS");
    assertThat(d.at("/displayPeriod/amount").asInt()).isEqualTo(7);
    assertThat(d.at("/displayPeriod/unit").asText()).isEqualTo("WORKING_DAYS");
    assertThat(d.at("/displayPeriod/ongoing").asBoolean()).isFalse();
  }

  @Test
  void gives_an_extension() throws IOException {
    JsonNode d = parse("作出决定之日起7个工作日内;情况复杂的,经本单位负责人批准,可延长7个工作日");

    assertThat(d.get("trigger").asText()).isEqualTo("DECIDED");
    assertThat(d.at("/extension/amount").asInt()).isEqualTo(7);
    assertThat(d.at("/extension/unit").asText()).isEqualTo("WORKING_DAYS");
  }

  @Test
  void gives_periodic_offsets_fixed_days_and_intervals() throws IOException {
    JsonNode quarterly = parse("每季度结束后15日内");
    JsonNode yearly = parse("每年1月31日前");
    JsonNode interval = parse("每20个工作日更新");

    assertThat(quarterly.get("frequency").asText()).isEqualTo("QUARTERLY");
    assertThat(quarterly.at("/offset/amount").asInt()).isEqualTo(15);
    assertThat(quarterly.at("/offset/unit").asText()).isEqualTo("CALENDAR_DAYS");
    assertThat(yearly.get("dueBy").asText()).isEqualTo("--01-31");
    assertThat(interval.get("frequency").isNull()).isTrue();
    assertThat(interval.at("/interval/amount").asInt()).isEqualTo(20);
  }

  @Test
  void gives_the_clauses_of_a_conditional_deadline() throws IOException {
    JsonNode d = parse("1.除处罚决定外其他内容:长期公开(动态调整);2.处罚决定:20个工作日内。");

    assertThat(d.get("kind").asText()).isEqualTo("CONDITIONAL");
    assertThat(d.get("clauses")).hasSize(2);
    assertThat(d.at("/clauses/0/when").asText()).isEqualTo("除处罚决定外其他内容");
    assertThat(d.at("/clauses/0/deadline/kind").asText()).isEqualTo("ONGOING");
    assertThat(d.at("/clauses/1/deadline/amount").asInt()).isEqualTo(20);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "制定或获取信息之日起10个工作日内,公示7个工作日 | 类型:WITHIN  起算:OBTAINED  期限:10个工作日  公示期:7个工作日",
        "每季度结束后15日内 | 类型:PERIODIC  频次:QUARTERLY  期后:15日",
        "每年1月31日前 | 类型:PERIODIC  频次:YEARLY  截至:--01-31",
        "每20个工作日更新 | 类型:PERIODIC  间隔:20个工作日",
        "及时公开,公告期限为5个工作日 | 类型:PROMPT  起算:UNSPECIFIED  公示期:5个工作日",
        "信息产生、变更之日起20个工作日内公开,保持长期公开 | 类型:WITHIN  起算:FORMED_OR_CHANGED  期限:20个工作日  公示期:长期",
        "作出决定之日起7个工作日内;情况复杂的,可延长7个工作日 | 类型:WITHIN  起算:DECIDED  期限:7个工作日  可延长:7个工作日",
      })
  void describes_each_kind_for_a_person(String phrase, String description) {
    assertThat(CliRun.of("deadline", phrase).out())
        .isEqualTo("「" + phrase + "」\n  " + description + "\n");
  }

  @Test
  void describes_conditional_clauses_in_english() {
    assertThat(
            CliRun.of("deadline", "--lang", "en", "制作或获取信息之日起20个工作日内(资金使用、案件办理、质量考核结果按季度公开)").out())
        .contains("kind: CONDITIONAL")
        .contains("applies to: everything else")
        .contains("applies to: 资金使用、案件办理、质量考核结果")
        .contains("frequency: QUARTERLY");
  }

  @Nested
  class Due_dates {

    @Test
    void counts_working_days_across_national_day_and_make_up_days() throws IOException {
      // 2024: 09-29 (Sunday) is worked, 10-01..07 are off, 10-12 (Saturday) is worked.
      JsonNode d = parseFrom("2024-09-25", "信息形成或变更之日起10个工作日内,公示7个工作日");

      assertThat(d.get("due").asText()).isEqualTo("2024-10-14");
      assertThat(d.get("lastDisplayDay").asText()).isEqualTo("2024-10-10");
      assertThat(d.has("approximate")).isFalse();
    }

    @Test
    void moves_a_calendar_day_period_that_ends_on_a_holiday() throws IOException {
      JsonNode d = parseFrom("2024-09-20", "十五日内");

      assertThat(d.get("rolledFrom").asText()).isEqualTo("2024-10-05");
      assertThat(d.get("due").asText()).isEqualTo("2024-10-08");
    }

    @Test
    void counts_the_display_period_from_the_publication_day() throws IOException {
      CliRun run =
          CliRun.of(
              "deadline",
              "--format",
              "json",
              "--from",
              "2024-09-25",
              "--published",
              "2024-10-08",
              "制定或获取信息之日起10个工作日内,公示7个工作日");

      assertThat(JSON.readTree(run.out()).get("lastDisplayDay").asText()).isEqualTo("2024-10-16");
    }

    @Test
    void says_why_there_is_no_due_date_and_gives_each_clause_its_own() throws IOException {
      JsonNode prompt = parseFrom("2024-03-01", "及时公开");
      JsonNode conditional = parseFrom("2024-03-01", "1.除处罚决定外其他内容:长期公开(动态调整);2.处罚决定:20个工作日内。");

      assertThat(prompt.get("due").isNull()).isTrue();
      assertThat(prompt.get("noDueReason").asText()).isEqualTo("PROMPT");
      assertThat(conditional.at("/clauseDues/0/due").isNull()).isTrue();
      assertThat(conditional.at("/clauseDues/1/due").asText()).isEqualTo("2024-03-29");
      assertThat(CliRun.of("deadline", "--from", "2024-03-01", "及时公开").out())
          .contains("截止:无,“及时”没有具体天数");
    }

    @Test
    void gives_the_extended_due_date() throws IOException {
      JsonNode d = parseFrom("2024-09-25", "作出决定之日起7个工作日内;情况复杂的,经本单位负责人批准,可延长7个工作日");

      assertThat(d.get("due").asText()).isEqualTo("2024-10-10");
      assertThat(d.get("extendedDue").asText()).isEqualTo("2024-10-18");
    }

    @Test
    void refuses_a_date_outside_the_calendar_naming_the_year_unless_weekends_only_is_allowed()
        throws IOException {
      CliRun refused = CliRun.of("deadline", "--from", "2026-12-20", "20个工作日内");
      CliRun allowed =
          CliRun.of(
              "deadline",
              "--format",
              "json",
              "--from",
              "2026-12-20",
              "--assume-weekends-only",
              "20个工作日内");

      assertThat(refused.exitCode()).isEqualTo(3);
      assertThat(refused.err()).contains("2027").contains("--assume-weekends-only");
      assertThat(allowed.exitCode()).isZero();
      assertThat(JSON.readTree(allowed.out()).get("approximate").asBoolean()).isTrue();
      assertThat(
              CliRun.of("deadline", "--from", "2026-12-20", "--assume-weekends-only", "20个工作日内")
                  .out())
          .contains("注意:");
    }

    @Test
    void uses_extra_holidays_from_a_file(@TempDir Path dir) throws IOException {
      Path holidays =
          Files.writeString(dir.resolve("自治州.txt"), "gkml-calendar/1\nname 某自治州\n2024 off 03-04\n");

      JsonNode d =
          JSON.readTree(
              CliRun.of(
                      "deadline",
                      "--format",
                      "json",
                      "--from",
                      "2024-03-01",
                      "--holidays",
                      holidays.toString(),
                      "1个工作日内")
                  .out());

      assertThat(d.get("due").asText()).isEqualTo("2024-03-05");
    }

    @Test
    void names_a_malformed_calendar_file_and_a_malformed_date() throws IOException {
      Path dir = Files.createTempDirectory("gkml");
      Path bad = Files.writeString(dir.resolve("bad.txt"), "gkml-calendar/1\n2024 off 13-45\n");

      CliRun badFile =
          CliRun.of("deadline", "--from", "2024-03-01", "--calendar", bad.toString(), "1个工作日内");
      CliRun badDate = CliRun.of("deadline", "--from", "2024-3-1", "1个工作日内");

      assertThat(badFile.exitCode()).isEqualTo(3);
      assertThat(badFile.err()).contains("bad.txt");
      assertThat(badDate.exitCode()).isEqualTo(2);
      assertThat(badDate.err()).contains("2024-3-1");
    }

    private JsonNode parseFrom(String from, String phrase) throws IOException {
      CliRun run = CliRun.of("deadline", "--format", "json", "--from", from, phrase);
      assertThat(run.exitCode()).as(run.err()).isZero();
      return JSON.readTree(run.out());
    }
  }

  @Test
  void every_shared_reference_phrase_gives_its_expected_fields_when_present() throws IOException {
    Path phrases =
        Path.of(
            System.getProperty("gkml.shared", "../../shared"), "reference/deadline-phrases.jsonl");
    assumeTrue(Files.exists(phrases), "../shared is absent");
    List<String> lines = Files.readAllLines(phrases).stream().filter(l -> !l.isBlank()).toList();
    String[] args = new String[lines.size() + 3];
    args[0] = "deadline";
    args[1] = "--format";
    args[2] = "json";
    for (int i = 0; i < lines.size(); i++) {
      args[i + 3] = JSON.readTree(lines.get(i)).get("phrase").asText();
    }

    List<String> out = CliRun.of(args).out().lines().toList();

    assertThat(out).hasSameSizeAs(lines);
    for (int i = 0; i < lines.size(); i++) {
      JsonNode expect = JSON.readTree(lines.get(i)).get("expect");
      assertSubset(expect, JSON.readTree(out.get(i)), args[i + 3]);
    }
  }

  private static void assertSubset(JsonNode expected, JsonNode actual, String phrase) {
    if (expected.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        assertThat(actual.has(field.getKey())).as("%s: %s", phrase, field.getKey()).isTrue();
        assertSubset(field.getValue(), actual.get(field.getKey()), phrase);
      }
    } else if (expected.isArray()) {
      assertThat(actual).as(phrase).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSubset(expected.get(i), actual.get(i), phrase);
      }
    } else {
      assertThat(actual).as(phrase).isEqualTo(expected);
    }
  }
}
