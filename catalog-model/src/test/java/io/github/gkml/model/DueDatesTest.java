package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.DueDate.Assumption;
import io.github.gkml.model.WorkingCalendar.OutsideCoverage;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DueDatesTest {

  static final WorkingCalendar CHINA = WorkingCalendar.china();
  static final DueDates DUE = DueDates.of(CHINA);

  static Deadline.Within within(int amount, PeriodUnit unit) {
    return new Deadline.Within(
        "自信息形成或者变更之日起" + amount + unit.label() + "内",
        Trigger.FORMED_OR_CHANGED,
        amount,
        unit,
        null,
        null);
  }

  static DueDate.On on(DueDate due) {
    assertThat(due).isInstanceOf(DueDate.On.class);
    return (DueDate.On) due;
  }

  @Nested
  class Periods_after_a_trigger {

    @ParameterizedTest(name = "{0} + {1} {2} = {3}: {5}")
    @CsvSource({
      "2025-09-26, 20, WORKING_DAYS, 2025-10-30, , 条例第二十六条 across 中秋国庆 2025",
      "2025-09-26, 5, WORKING_DAYS, 2025-10-10, , the make-up Sunday 09-28 counts",
      "2020-01-20, 20, WORKING_DAYS, 2020-02-25, , across the extended Spring Festival 2020",
      "2023-09-27, 10, WORKING_DAYS, 2023-10-17, , the make-up weekend 10-07/08 counts",
      "2024-03-08, 1, WORKING_DAYS, 2024-03-11, , a Friday trigger: Monday is day one",
      "2025-10-03, 1, WORKING_DAYS, 2025-10-09, , a holiday trigger: the next working day",
      "2025-09-26, 7, CALENDAR_DAYS, 2025-10-09, 2025-10-03, ends on 国庆: moved past it",
      "2023-09-22, 7, CALENDAR_DAYS, 2023-10-07, 2023-09-29, moved onto the make-up Saturday",
      "2024-02-03, 7, CALENDAR_DAYS, 2024-02-18, 2024-02-10, moved onto the make-up Sunday",
      "2020-01-23, 10, CALENDAR_DAYS, 2020-02-03, 2020-02-02, moved past the extended break",
      "2024-12-31, 1, CALENDAR_DAYS, 2025-01-02, 2025-01-01, across the year into 元旦",
      "2024-03-01, 6, CALENDAR_DAYS, 2024-03-07, , ends on a working day",
      "2024-03-01, 8, CALENDAR_DAYS, 2024-03-11, 2024-03-09, ends on an ordinary Saturday",
      "2025-10-11, 0, CALENDAR_DAYS, 2025-10-11, , zero days on a make-up Saturday",
      "2024-01-31, 1, MONTHS, 2024-02-29, , no 31st in February: the month's last day",
      "2025-01-31, 1, MONTHS, 2025-02-28, , February of a common year",
      "2025-08-31, 1, MONTHS, 2025-09-30, , September has 30 days",
      "2025-12-31, 2, MONTHS, 2026-02-28, , the month's end is a make-up Saturday",
      "2025-09-01, 1, MONTHS, 2025-10-09, 2025-10-01, ends on 国庆",
      "2024-12-28, 1, MONTHS, 2025-02-05, 2025-01-28, ends on 除夕 2025",
      "2025-10-01, 48, HOURS, 2025-10-03, , hours run through holidays",
      "2025-10-01, 5, HOURS, 2025-10-02, , at most the next day"
    })
    void follow_the_civil_code(
        LocalDate trigger,
        int amount,
        PeriodUnit unit,
        LocalDate expected,
        LocalDate rolledFrom,
        String why) {
      // WHEN
      DueDate.On due = on(DUE.due(within(amount, unit), trigger));
      // THEN
      assertThat(due.date()).as(why).isEqualTo(expected);
      assertThat(due.rolledFrom()).as(why).isEqualTo(rolledFrom);
      assertThat(due.from()).isEqualTo(trigger);
      assertThat(due.lastDay()).contains(expected);
      assertThat(due.isApproximate()).isFalse();
    }

    @Test
    void marks_hours_that_are_not_whole_days_as_counted_from_the_end_of_the_trigger_day() {
      // WHEN
      DueDate fiveHours = DUE.due(within(5, PeriodUnit.HOURS), LocalDate.of(2025, 10, 1));
      DueDate oneDay = DUE.due(within(24, PeriodUnit.HOURS), LocalDate.of(2025, 10, 1));
      // THEN
      assertThat(fiveHours.assumptions()).containsExactly(Assumption.TRIGGER_AT_END_OF_DAY);
      assertThat(oneDay.assumptions()).isEmpty();
      assertThat(fiveHours.isApproximate()).isFalse();
    }

    @Test
    void counts_an_extension_from_the_end_of_the_ordinary_period() {
      // GIVEN 条例第三十三条: 20 working days, extendable by 20
      Deadline d =
          new Deadline.Within(
              "自收到申请之日起20个工作日内，可延长20个工作日",
              Trigger.REQUEST_RECEIVED,
              20,
              PeriodUnit.WORKING_DAYS,
              TimeSpan.of(20, PeriodUnit.WORKING_DAYS),
              null);
      // WHEN
      DueDate.On due = on(DUE.due(d, LocalDate.of(2025, 9, 26)));
      // THEN
      assertThat(due.date()).isEqualTo("2025-10-30");
      assertThat(due.extendedDate())
          .isEqualTo(CHINA.plusWorkingDays(LocalDate.of(2025, 9, 26), 40));
    }

    @Test
    void a_span_alone_counts_the_same() {
      // WHEN / THEN
      assertThat(
              DUE.due(TimeSpan.of(7, PeriodUnit.CALENDAR_DAYS), LocalDate.of(2025, 9, 26)).date())
          .isEqualTo("2025-10-09");
      assertThat(DUE.calendar()).isSameAs(CHINA);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 11, 2024})
    void agree_with_counting_day_by_day(long seed) {
      // GIVEN random triggers and periods
      Random random = new Random(seed);
      PeriodUnit[] units = PeriodUnit.values();
      for (int i = 0; i < 400; i++) {
        LocalDate trigger = CHINA.coverageStart().plusDays(random.nextInt(7000));
        PeriodUnit unit = units[random.nextInt(units.length)];
        int amount = random.nextInt(unit == PeriodUnit.MONTHS ? 4 : 45);
        LocalDate expected = BruteForce.end(CHINA, TimeSpan.of(amount, unit), trigger);
        if (expected == null) {
          continue;
        }
        // WHEN / THEN
        assertThat(on(DUE.due(within(amount, unit), trigger)).date())
            .as("seed %d: %s + %d %s", seed, trigger, amount, unit)
            .isEqualTo(expected);
      }
    }
  }

  @Nested
  class Other_kinds {

    @ParameterizedTest(name = "{0} from {4}: {5}")
    @CsvSource({
      "QUARTERLY, 15 CALENDAR_DAYS, , , 2025-08-15, 2025-10-15",
      "QUARTERLY, 5 CALENDAR_DAYS, , , 2025-07-01, 2025-10-09",
      "QUARTERLY, 10 WORKING_DAYS, , , 2025-08-15, 2025-10-21",
      "YEARLY, , --01-31, , 2024-06-01, 2025-01-31",
      "YEARLY, 30 CALENDAR_DAYS, --01-20, , 2024-05-05, 2025-01-20",
      "YEARLY, 10 CALENDAR_DAYS, --01-31, , 2024-05-05, 2025-01-10",
      "MONTHLY, , , , 2025-02-10, 2025-02-28",
      "WEEKLY, , , , 2025-10-08, 2025-10-12",
      "HALF_YEARLY, , , , 2025-03-03, 2025-06-30",
      "HALF_YEARLY, , , , 2025-08-03, 2025-12-31",
      "DAILY, , , , 2025-10-01, 2025-10-01",
      ", , , 20 WORKING_DAYS, 2025-09-26, 2025-10-30"
    })
    void periodic_deadlines_fall_due_after_their_period(
        Frequency frequency,
        String offset,
        MonthDay dueBy,
        String interval,
        LocalDate trigger,
        LocalDate expected) {
      // GIVEN
      Deadline d =
          new Deadline.Periodic("定期", frequency, span(offset), dueBy, span(interval), null);
      // WHEN / THEN
      assertThat(on(DUE.due(d, trigger)).date()).isEqualTo(expected);
    }

    @Test
    void a_fixed_day_is_not_moved_even_on_a_holiday() {
      // GIVEN 条例第四十九条: 每年1月31日前; 2025-01-31 is in the Spring Festival break
      Deadline d =
          new Deadline.Periodic("每年1月31日前", Frequency.YEARLY, null, MonthDay.of(1, 31), null, null);
      // WHEN
      DueDate.On due = on(DUE.due(d, LocalDate.of(2024, 7, 1)));
      // THEN
      assertThat(due.date()).isEqualTo("2025-01-31");
      assertThat(due.rolledFrom()).isNull();
      assertThat(CHINA.isWorkingDay(due.date())).isFalse();
    }

    @Test
    void an_offset_after_the_period_is_moved_past_a_holiday() {
      // GIVEN 季度结束后5日内
      Deadline d =
          new Deadline.Periodic(
              "季度结束后5日内",
              Frequency.QUARTERLY,
              TimeSpan.of(5, PeriodUnit.CALENDAR_DAYS),
              null,
              null,
              null);
      // WHEN
      DueDate.On due = on(DUE.due(d, LocalDate.of(2025, 9, 1)));
      // THEN
      assertThat(due.date()).isEqualTo("2025-10-09");
      assertThat(due.rolledFrom()).isEqualTo("2025-10-05");
    }

    @Test
    void realtime_is_due_on_the_trigger_day() {
      // WHEN
      DueDate due = DUE.due(new Deadline.Realtime("实时", null), LocalDate.of(2025, 10, 1));
      // THEN
      assertThat(due.lastDay()).contains(LocalDate.of(2025, 10, 1));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"PROMPT, 及时", "ONGOING, 长期公开", "UNPARSED, 视情况"})
    void prompt_ongoing_and_unread_text_have_no_due_date_and_say_why(
        DueDate.Reason reason, String raw) {
      // GIVEN
      Deadline d =
          switch (reason) {
            case PROMPT -> new Deadline.Prompt(raw, Trigger.UNSPECIFIED, null);
            case ONGOING -> new Deadline.Ongoing(raw, null);
            default -> new Deadline.Unparsed(raw, null);
          };
      // WHEN
      DueDate due = DUE.due(d, LocalDate.of(2025, 3, 3));
      // THEN
      assertThat(due).isEqualTo(new DueDate.None(LocalDate.of(2025, 3, 3), reason));
      assertThat(due.lastDay()).isEmpty();
      assertThat(due.assumptions()).isEmpty();
      DueDate.None none = (DueDate.None) due;
      assertThat(none.message(Locale.CHINESE)).isNotBlank().doesNotContain("{");
      assertThat(none.message(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
    }

    @Test
    void conditional_deadlines_give_one_result_per_clause() {
      // GIVEN 1.除处罚决定外其他内容:长期公开;2.处罚决定:20个工作日内
      Deadline d =
          new Deadline.Conditional(
              "1.除处罚决定外其他内容:长期公开;2.处罚决定:20个工作日内",
              List.of(
                  new Deadline.Clause("除处罚决定外其他内容", new Deadline.Ongoing("长期公开", null)),
                  new Deadline.Clause("处罚决定", within(20, PeriodUnit.WORKING_DAYS))),
              null);
      // WHEN
      DueDate due = DUE.due(d, LocalDate.of(2025, 9, 26));
      // THEN
      assertThat(due).isInstanceOf(DueDate.PerClause.class);
      DueDate.PerClause clauses = (DueDate.PerClause) due;
      assertThat(clauses.clauses())
          .extracting(DueDate.ClauseDue::when)
          .containsExactly("除处罚决定外其他内容", "处罚决定");
      assertThat(clauses.clauses().get(1).due().lastDay()).contains(LocalDate.of(2025, 10, 30));
      assertThat(due.lastDay()).isEmpty();
    }

    @Test
    void conditional_deadlines_are_all_due_by_the_latest_clause() {
      // GIVEN
      Deadline d =
          new Deadline.Conditional(
              "制作或获取信息之日起20个工作日内(资金使用按季度公开)",
              List.of(
                  new Deadline.Clause(null, within(20, PeriodUnit.WORKING_DAYS)),
                  new Deadline.Clause(
                      "资金使用",
                      new Deadline.Periodic("按季度公开", Frequency.QUARTERLY, null, null, null, null))),
              null);
      // WHEN
      DueDate due = DUE.due(d, LocalDate.of(2025, 8, 1));
      // THEN
      assertThat(due.lastDay()).contains(LocalDate.of(2025, 9, 30));
      assertThat(due.from()).isEqualTo("2025-08-01");
    }
  }

  @Nested
  class Display_periods {

    @ParameterizedTest(name = "{0} published {1}: up through {2}")
    @CsvSource({
      "7 CALENDAR_DAYS, 2025-09-26, 2025-10-09",
      "7 WORKING_DAYS, 2025-09-26, 2025-10-13",
      "5 WORKING_DAYS, 2024-03-04, 2024-03-11",
      "30 CALENDAR_DAYS, 2024-03-01, 2024-04-01"
    })
    void count_from_the_publication_day(String length, LocalDate published, LocalDate last) {
      // GIVEN
      DisplayPeriod period = DisplayPeriod.of(requiredSpan(length));
      // WHEN / THEN
      assertThat(DUE.lastDisplayDay(period, published).lastDay()).contains(last);
    }

    @Test
    void ongoing_and_unread_display_periods_have_no_last_day() {
      // WHEN / THEN
      LocalDate p = LocalDate.of(2025, 3, 3);
      assertThat(DUE.lastDisplayDay(new DisplayPeriod("长期", null, true), p))
          .isEqualTo(new DueDate.None(p, DueDate.Reason.DISPLAYED_INDEFINITELY));
      assertThat(DUE.lastDisplayDay(new DisplayPeriod("另行通知", null, false), p))
          .isEqualTo(new DueDate.None(p, DueDate.Reason.DISPLAY_UNPARSED));
    }
  }

  @Nested
  class Outside_the_calendar {

    @Test
    void fails_naming_the_year() {
      // WHEN / THEN
      assertThatThrownBy(
              () -> DUE.due(within(20, PeriodUnit.WORKING_DAYS), LocalDate.of(2026, 12, 20)))
          .isInstanceOfSatisfying(
              CalendarCoverageException.class, e -> assertThat(e.year()).isEqualTo(2027))
          .hasMessageContaining("2027");
      assertThatThrownBy(
              () -> DUE.due(within(7, PeriodUnit.CALENDAR_DAYS), LocalDate.of(2028, 3, 1)))
          .isInstanceOfSatisfying(
              CalendarCoverageException.class, e -> assertThat(e.year()).isEqualTo(2028));
    }

    @Test
    void says_when_it_assumed_weekends_only() {
      // GIVEN
      DueDates lenient =
          DueDates.of(CHINA.withOutsideCoverage(OutsideCoverage.ASSUME_WEEKENDS_ONLY));
      // WHEN
      DueDate due = lenient.due(within(20, PeriodUnit.WORKING_DAYS), LocalDate.of(2026, 12, 20));
      DueDate inside = lenient.due(within(20, PeriodUnit.WORKING_DAYS), LocalDate.of(2025, 9, 26));
      // THEN
      assertThat(due.lastDay()).contains(LocalDate.of(2027, 1, 15));
      assertThat(due.isApproximate()).isTrue();
      assertThat(due.assumptions()).containsExactly(Assumption.WEEKENDS_ONLY_OUTSIDE_CALENDAR);
      assertThat(inside.isApproximate()).isFalse();
    }

    @Test
    void needs_no_calendar_for_fixed_days_period_ends_and_hours() {
      // WHEN / THEN
      Deadline yearly =
          new Deadline.Periodic("每年1月31日前", Frequency.YEARLY, null, MonthDay.of(1, 31), null, null);
      assertThat(DUE.due(yearly, LocalDate.of(2030, 5, 1)).lastDay())
          .contains(LocalDate.of(2031, 1, 31));
      assertThat(DUE.due(within(24, PeriodUnit.HOURS), LocalDate.of(2030, 5, 1)).lastDay())
          .contains(LocalDate.of(2030, 5, 2));
    }

    @Test
    void per_clause_results_collect_the_assumptions() {
      // GIVEN
      DueDates lenient =
          DueDates.of(CHINA.withOutsideCoverage(OutsideCoverage.ASSUME_WEEKENDS_ONLY));
      Deadline d =
          new Deadline.Conditional(
              "x",
              List.of(
                  new Deadline.Clause("a", within(5, PeriodUnit.HOURS)),
                  new Deadline.Clause("b", within(3, PeriodUnit.WORKING_DAYS))),
              null);
      // WHEN
      DueDate due = lenient.due(d, LocalDate.of(2027, 3, 1));
      // THEN
      assertThat(due.assumptions())
          .containsExactlyInAnyOrder(
              Assumption.TRIGGER_AT_END_OF_DAY, Assumption.WEEKENDS_ONLY_OUTSIDE_CALENDAR);
      assertThat(due.isApproximate()).isTrue();
      assertThat(due.lastDay()).contains(LocalDate.of(2027, 3, 4));
    }
  }

  @Test
  void results_validate_their_parts() {
    // WHEN / THEN
    LocalDate d = LocalDate.of(2025, 3, 3);
    assertThatThrownBy(() -> new DueDate.On(d, d.minusDays(1), null, null, java.util.Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before from");
    assertThatThrownBy(() -> new DueDate.PerClause(d, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clauses");
  }

  /** Reads {@code "15 CALENDAR_DAYS"}; blank is {@code null}. */
  static @Nullable TimeSpan span(@Nullable String text) {
    return text == null || text.isBlank() ? null : requiredSpan(text);
  }

  /** Reads {@code "15 CALENDAR_DAYS"}. */
  static TimeSpan requiredSpan(String text) {
    String[] parts = text.trim().split(" ", 2);
    return TimeSpan.of(Integer.parseInt(parts[0]), PeriodUnit.valueOf(parts[1]));
  }
}
