package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.WorkingCalendar.OutsideCoverage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingCalendarTest {

  static final WorkingCalendar CHINA = WorkingCalendar.china();

  @Nested
  class The_national_calendar {

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource({
      "2025-01-26, true, 春节 make-up Sunday",
      "2025-01-28, false, 除夕 — a holiday from 2025",
      "2025-02-04, false, last day of 春节 2025",
      "2025-02-05, true, back to work",
      "2025-02-08, true, 春节 make-up Saturday",
      "2024-02-09, true, 除夕 was a working day in 2024",
      "2025-09-28, true, 国庆 make-up Sunday",
      "2025-10-08, false, 中秋 joins 国庆 in 2025: eight days",
      "2025-10-11, true, 国庆 make-up Saturday",
      "2023-09-29, false, 中秋 joins 国庆 in 2023",
      "2023-10-06, false, last day of 中秋国庆 2023",
      "2023-10-07, true, make-up Saturday 2023",
      "2023-10-08, true, make-up Sunday 2023",
      "2020-10-08, false, 国庆中秋 2020",
      "2020-10-10, true, make-up Saturday 2020",
      "2020-01-31, false, 2020 Spring Festival extended",
      "2020-02-01, false, the make-up Saturday cancelled by the extension",
      "2020-02-02, false, last day of the extended break",
      "2020-02-03, true, back to work after the extension",
      "2015-09-03, false, 70th anniversary of the victory",
      "2015-09-06, true, anniversary make-up Sunday",
      "2022-12-31, false, 元旦 2023 starts in 2022",
      "2023-01-02, false, 元旦 2023",
      "2006-12-30, true, make-up Saturday announced in the 2007 notice",
      "2007-12-29, true, make-up Saturday announced in the 2008 notice",
      "2007-12-31, false, 元旦 2008 starts in 2007",
      "2026-02-23, false, 春节 2026: nine days",
      "2026-02-28, true, 春节 make-up Saturday 2026",
      "2026-09-25, false, 中秋 2026 apart from 国庆",
      "2024-03-06, true, an ordinary Wednesday",
      "2024-03-09, false, an ordinary Saturday"
    })
    void knows_holidays_and_make_up_days(LocalDate day, boolean working, String why) {
      // WHEN / THEN
      assertThat(CHINA.isWorkingDay(day)).as(why).isEqualTo(working);
    }

    @Test
    void covers_the_notices_from_2007_to_2026() {
      // WHEN / THEN
      assertThat(CHINA.name()).isEqualTo("全国");
      assertThat(CHINA.coverageStart()).isEqualTo("2006-12-30");
      assertThat(CHINA.coverageEnd()).isEqualTo("2026-12-31");
      assertThat(CHINA.covers(LocalDate.of(2006, 12, 29))).isFalse();
      assertThat(CHINA.covers(LocalDate.of(2027, 1, 1))).isFalse();
      assertThat(CHINA.outsideCoverage()).isEqualTo(OutsideCoverage.FAIL);
      assertThat(CHINA).hasToString("WorkingCalendar[全国 2006-12-30..2026-12-31]");
    }

    @Test
    void is_loaded_once() {
      // WHEN / THEN
      assertThat(WorkingCalendar.china()).isSameAs(CHINA);
    }
  }

  @Nested
  class Arithmetic {

    @ParameterizedTest(name = "{0} plus {1} working days is {2}")
    @CsvSource({
      "2025-09-26, 5, 2025-10-10, counts the make-up Sunday 09-28 and skips 中秋国庆",
      "2025-09-30, 1, 2025-10-09, the day after the eight-day break",
      "2025-09-26, 20, 2025-10-30, 条例第二十六条 across 国庆 2025",
      "2020-01-23, 1, 2020-02-03, across the extended Spring Festival",
      "2020-01-20, 20, 2020-02-25, 20 working days from before the extended break",
      "2020-01-17, 1, 2020-01-19, the make-up Sunday before 春节 2020",
      "2023-09-28, 1, 2023-10-07, the make-up Saturday after 中秋国庆 2023",
      "2023-09-27, 10, 2023-10-17, ten working days across 中秋国庆 2023",
      "2022-12-30, 1, 2023-01-03, across the year boundary and 元旦",
      "2015-09-02, 1, 2015-09-06, across the anniversary break",
      "2012-09-28, 1, 2012-09-29, a make-up Saturday",
      "2019-04-30, 3, 2019-05-07, across 劳动节 2019",
      "2024-01-02, 250, 2024-12-31, a whole year",
      "2006-12-29, 1, 2006-12-30, from the day before the calendar starts",
      "2026-12-10, 15, 2026-12-31, up to the last covered day",
      "2025-10-09, -1, 2025-09-30, backwards across the break",
      "2020-02-03, -1, 2020-01-23, backwards across the extended break",
      "2007-01-05, -3, 2006-12-30, backwards to the first covered day",
      "2025-10-01, 0, 2025-10-01, zero is the day itself, even a holiday"
    })
    void moves_by_working_days(LocalDate from, int n, LocalDate expected, String why) {
      // WHEN / THEN
      assertThat(CHINA.plusWorkingDays(from, n)).as(why).isEqualTo(expected);
    }

    @Test
    void the_nth_working_day_after_does_not_count_the_day_itself() {
      // GIVEN a working day
      LocalDate monday = LocalDate.of(2024, 3, 4);
      // WHEN / THEN
      assertThat(CHINA.workingDayAfter(monday, 1)).isEqualTo("2024-03-05");
      assertThat(CHINA.nextWorkingDay(monday)).isEqualTo("2024-03-05");
      assertThatThrownBy(() -> CHINA.workingDayAfter(monday, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least 1");
    }

    @ParameterizedTest(name = "on or after {0}: {1}")
    @CsvSource({
      "2025-10-03, 2025-10-09",
      "2025-10-09, 2025-10-09",
      "2023-09-29, 2023-10-07",
      "2024-03-09, 2024-03-11"
    })
    void rolls_a_rest_day_to_the_next_working_day(LocalDate day, LocalDate expected) {
      // WHEN / THEN
      assertThat(CHINA.workingDayOnOrAfter(day)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "working days in ({0}, {1}]: {2}")
    @CsvSource({
      "2025-09-26, 2025-10-30, 20",
      "2025-10-30, 2025-09-26, -20",
      "2025-10-01, 2025-10-08, 0",
      "2024-01-01, 2024-12-31, 251",
      "2024-03-04, 2024-03-04, 0"
    })
    void counts_working_days_between(LocalDate from, LocalDate to, long expected) {
      // WHEN / THEN
      assertThat(CHINA.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2025})
    void agrees_with_counting_day_by_day(long seed) {
      // GIVEN random starts and counts
      Random random = new Random(seed);
      for (int i = 0; i < 500; i++) {
        LocalDate from = CHINA.coverageStart().plusDays(random.nextInt(7000));
        int n = random.nextInt(61) - 10;
        LocalDate expected = BruteForce.plusWorkingDays(CHINA, from, n);
        if (expected == null) {
          continue;
        }
        // WHEN / THEN
        assertThat(CHINA.plusWorkingDays(from, n))
            .as("seed %d: %s plus %d", seed, from, n)
            .isEqualTo(expected);
        long between =
            n >= 0
                ? CHINA.workingDaysBetween(from, expected)
                : CHINA.workingDaysBetween(expected, from) - (CHINA.isWorkingDay(from) ? 1 : 0) + 1;
        assertThat(between)
            .as("seed %d: between %s and %s", seed, from, expected)
            .isEqualTo(Math.abs(n));
      }
    }
  }

  @Nested
  class Outside_the_covered_years {

    @Test
    void fails_naming_the_year_of_the_day_asked_about() {
      // WHEN / THEN
      assertThatThrownBy(() -> CHINA.isWorkingDay(LocalDate.of(2030, 5, 1)))
          .isInstanceOfSatisfying(
              CalendarCoverageException.class,
              e -> {
                assertThat(e.year()).isEqualTo(2030);
                assertThat(e.date()).isEqualTo("2030-05-01");
                assertThat(e.calendarName()).isEqualTo("全国");
                assertThat(e.coverageStart()).isEqualTo("2006-12-30");
                assertThat(e.coverageEnd()).isEqualTo("2026-12-31");
              })
          .hasMessageContaining("2030年")
          .hasMessageContaining("no holiday data for 2030");
    }

    @Test
    void fails_naming_the_first_uncovered_year_a_count_runs_into() {
      // WHEN / THEN forward past the end
      assertThatThrownBy(() -> CHINA.plusWorkingDays(LocalDate.of(2026, 12, 20), 20))
          .isInstanceOfSatisfying(
              CalendarCoverageException.class, e -> assertThat(e.year()).isEqualTo(2027))
          .hasMessageContaining("2027");
      // backward before the start
      assertThatThrownBy(() -> CHINA.plusWorkingDays(LocalDate.of(2007, 1, 5), -10))
          .isInstanceOfSatisfying(
              CalendarCoverageException.class, e -> assertThat(e.date()).isEqualTo("2006-12-29"));
      // forward from an uncovered start
      assertThatThrownBy(() -> CHINA.plusWorkingDays(LocalDate.of(2005, 6, 1), 5))
          .isInstanceOfSatisfying(
              CalendarCoverageException.class, e -> assertThat(e.year()).isEqualTo(2005));
      assertThatThrownBy(() -> CHINA.workingDayOnOrAfter(LocalDate.of(2026, 12, 31).plusDays(1)))
          .isInstanceOf(CalendarCoverageException.class);
      assertThatThrownBy(
              () -> CHINA.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 1)))
          .isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    void assumes_weekends_only_when_explicitly_allowed() {
      // GIVEN
      WorkingCalendar lenient = CHINA.withOutsideCoverage(OutsideCoverage.ASSUME_WEEKENDS_ONLY);
      // WHEN / THEN
      assertThat(lenient.outsideCoverage()).isEqualTo(OutsideCoverage.ASSUME_WEEKENDS_ONLY);
      assertThat(lenient.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue(); // a Friday
      assertThat(lenient.isWorkingDay(LocalDate.of(2027, 1, 2))).isFalse();
      assertThat(lenient.plusWorkingDays(LocalDate.of(2026, 12, 25), 10)).isEqualTo("2027-01-08");
      assertThat(lenient.plusWorkingDays(LocalDate.of(2007, 1, 4), -5)).isEqualTo("2006-12-27");
      assertThat(lenient.plusWorkingDays(LocalDate.of(2006, 12, 1), 3)).isEqualTo("2006-12-06");
      assertThat(lenient.workingDaysBetween(LocalDate.of(2006, 12, 1), LocalDate.of(2007, 1, 4)))
          .isEqualTo(23);
      assertThat(lenient.withOutsideCoverage(OutsideCoverage.FAIL)).isEqualTo(CHINA);
      assertThat(lenient).isNotEqualTo(CHINA);
    }
  }

  @Nested
  class The_data_format {

    static final String TIBET =
        """
        gkml-calendar/1
        # 藏历新年 2025 — an example of a region's own holidays
        name 某自治区
        2025 off 02-28..03-04
        """;

    @Test
    void round_trips_through_text() {
      // WHEN
      WorkingCalendar again = WorkingCalendar.parse(CHINA.toText());
      // THEN
      assertThat(again).isEqualTo(CHINA).hasSameHashCodeAs(CHINA);
    }

    @Test
    void the_resource_holds_exactly_what_the_calendar_writes() throws IOException {
      // GIVEN the data lines of the shipped file
      String resource;
      try (InputStream in =
          WorkingCalendar.class.getResourceAsStream("china-national-calendar.txt")) {
        assertThat(in).isNotNull();
        resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      List<String> data =
          resource
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .collect(Collectors.toList());
      // WHEN / THEN
      assertThat(data).containsExactlyElementsOf(CHINA.toText().lines().toList());
      assertThat(resource)
          .contains("Copyright (c) 2019 NateScarlet")
          .contains("MIT License")
          .contains("https://github.com/NateScarlet/holiday-cn")
          .contains("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm");
    }

    @Test
    void adds_a_regions_holidays() {
      // WHEN
      WorkingCalendar region = CHINA.withAdjustments(TIBET);
      // THEN
      assertThat(region.name()).isEqualTo("全国+某自治区");
      assertThat(region.isWorkingDay(LocalDate.of(2025, 3, 3))).isFalse();
      assertThat(region.plusWorkingDays(LocalDate.of(2025, 2, 27), 1)).isEqualTo("2025-03-05");
      assertThat(CHINA.isWorkingDay(LocalDate.of(2025, 3, 3))).isTrue();
      assertThat(region.coverageEnd()).isEqualTo(CHINA.coverageEnd());
    }

    @Test
    void adds_next_years_notice_as_data() {
      // GIVEN a notice for 2027 (invented for the test)
      String next =
          """
          gkml-calendar/1
          covers 2027-01-01..2027-12-31
          2027 off 01-01 02-05..02-11 work 02-13
          """;
      // WHEN
      WorkingCalendar extended = CHINA.withAdjustments(next);
      // THEN
      assertThat(extended.coverageEnd()).isEqualTo("2027-12-31");
      assertThat(extended.name()).isEqualTo("全国");
      assertThat(extended.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
      assertThat(extended.isWorkingDay(LocalDate.of(2027, 2, 13))).isTrue();
      assertThat(extended.isWorkingDay(LocalDate.of(2027, 3, 1))).isTrue();
      assertThat(extended.plusWorkingDays(LocalDate.of(2026, 12, 30), 2)).isEqualTo("2027-01-04");
      assertThat(extended.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
    }

    @Test
    void loads_whole_calendars_and_supplements_from_files(@TempDir Path dir) throws IOException {
      // GIVEN
      Path whole = dir.resolve("region.txt");
      Files.writeString(whole, CHINA.toText().replace("name 全国", "name 某州"));
      Path supplement = dir.resolve("extra.txt");
      Files.writeString(supplement, TIBET);
      // WHEN
      WorkingCalendar region = WorkingCalendar.load(whole).withAdjustmentsFrom(supplement);
      // THEN
      assertThat(region.name()).isEqualTo("某州+某自治区");
      assertThat(region.isWorkingDay(LocalDate.of(2025, 3, 3))).isFalse();
    }

    @Test
    void adds_single_days() {
      // WHEN
      WorkingCalendar changed =
          CHINA
              .withRestDays(List.of(LocalDate.of(2025, 3, 3)))
              .withWorkingDays(List.of(LocalDate.of(2025, 3, 8)));
      // THEN
      assertThat(changed.isWorkingDay(LocalDate.of(2025, 3, 3))).isFalse();
      assertThat(changed.isWorkingDay(LocalDate.of(2025, 3, 8))).isTrue();
      assertThat(
              changed
                  .withOutsideCoverage(OutsideCoverage.ASSUME_WEEKENDS_ONLY)
                  .withRestDays(List.of())
                  .outsideCoverage())
          .isEqualTo(OutsideCoverage.ASSUME_WEEKENDS_ONLY);
      assertThatThrownBy(() -> CHINA.withRestDays(List.of(LocalDate.of(2027, 1, 4))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2027-01-04");
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "name x                                          | 1 | expected the header",
          "gkml-calendar/1\\nname x\\nname y                | 3 | a second name line",
          "gkml-calendar/1\\nname                           | 2 | the name is empty",
          "gkml-calendar/1\\ncovers 2025                    | 2 | expected covers",
          "gkml-calendar/1\\ncovers 2025-01-01..2024-01-01  | 2 | ends before it starts",
          "gkml-calendar/1\\ncovers 2025-02-30..2025-03-01  | 2 | no such date",
          "gkml-calendar/1\\ncovers 2025-01-01..2025-12-31\\ncovers 2025-01-01..2025-12-31 | 3 | a"
              + " second covers line",
          "gkml-calendar/1\\nholidays 2025                  | 2 | expected name, covers or a year",
          "gkml-calendar/1\\n2025 01-01                     | 2 | a date before off or work",
          "gkml-calendar/1\\n2025 off 1-1                   | 2 | expected MM-DD",
          "gkml-calendar/1\\n2025 off 02-29                 | 2 | no such date in 2025",
          "gkml-calendar/1\\n2025 off 02-03..02-01          | 2 | ends before it starts",
          "gkml-calendar/1\\n2025 off 02-03\\n2025 work 02-03 | 3 | listed both",
          "gkml-calendar/1\\ncovers 2025-01-01..2025-12-31\\n\\n2024 off 10-01 | 4 | outside the"
              + " covered range"
        })
    void reports_the_line_of_a_format_error(String text, int line, String problem) {
      // WHEN / THEN
      assertThatThrownBy(() -> WorkingCalendar.parse(text.replace("\\n", "\n")))
          .isInstanceOfSatisfying(
              CalendarFormatException.class,
              e -> {
                assertThat(e.line()).isEqualTo(line);
                assertThat(e.source()).isEqualTo("<text>");
              })
          .hasMessageContaining(problem);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "                                             | expected the header",
          "gkml-calendar/1\\ncovers 2025-01-01..2025-12-31 | needs a name",
          "gkml-calendar/1\\nname x                        | needs a covers line"
        })
    void needs_a_header_a_name_and_a_range(String text, String problem) {
      // WHEN / THEN
      String body = text == null ? "" : text.replace("\\n", "\n");
      assertThatThrownBy(() -> WorkingCalendar.parse(body))
          .isInstanceOfSatisfying(CalendarFormatException.class, e -> assertThat(e.line()).isZero())
          .hasMessageContaining(problem);
    }

    @Test
    void accepts_comments_blank_lines_and_a_byte_order_mark() {
      // GIVEN
      String text =
          String.join(
              "\r\n",
              "\ufeff# a regional calendar",
              "gkml-calendar/1",
              "",
              "name 某县 # comment",
              "covers 2025-01-01..2025-12-31",
              "2025 off 10-01..10-08 work 09-28 10-11",
              "");
      // WHEN
      WorkingCalendar parsed = WorkingCalendar.parse(text);
      // THEN
      assertThat(parsed.name()).isEqualTo("某县");
      assertThat(parsed.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
      assertThat(parsed.plusWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo("2025-10-09");
    }

    @Test
    void rejects_supplements_that_do_not_meet_the_calendar() {
      // WHEN / THEN
      assertThatThrownBy(
              () ->
                  CHINA.withAdjustments(
                      "gkml-calendar/1\ncovers 2028-01-01..2028-12-31\n2028 off 01-03\n"))
          .isInstanceOf(CalendarFormatException.class)
          .hasMessageContaining("does not meet");
      assertThatThrownBy(() -> CHINA.withAdjustments("gkml-calendar/1\n2027 off 01-04\n"))
          .isInstanceOf(CalendarFormatException.class)
          .hasMessageContaining("outside the calendar's range");
    }

    @Test
    void reports_the_file_of_a_format_error(@TempDir Path dir) throws IOException {
      // GIVEN
      Path file = dir.resolve("bad.txt");
      Files.writeString(file, "gkml-calendar/1\nname x\nbad line\n");
      // WHEN / THEN
      assertThatThrownBy(() -> WorkingCalendar.load(file))
          .isInstanceOfSatisfying(
              CalendarFormatException.class, e -> assertThat(e.source()).isEqualTo(file.toString()))
          .hasMessageContaining("bad.txt:3");
    }
  }
}
