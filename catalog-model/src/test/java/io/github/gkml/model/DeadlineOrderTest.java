package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.DeadlineComparison.Reason;
import io.github.gkml.model.internal.TimeMessages;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineOrderTest {

  static final WorkingCalendar CHINA = WorkingCalendar.china();
  static final DeadlineOrder ORDER = DeadlineOrder.of(CHINA);
  static final StrictnessPolicy LENIENT =
      StrictnessPolicy.defaults()
          .withSameTriggers(Trigger.FORMED_OR_CHANGED, Trigger.OBTAINED)
          .withPromptWithin(TimeSpan.of(10, PeriodUnit.WORKING_DAYS))
          .withUnmatchedClausesCompared(true);

  static Deadline.Within within(int amount, PeriodUnit unit) {
    return Deadline.within(amount, unit, Trigger.FORMED_OR_CHANGED);
  }

  static Deadline.Periodic periodic(
      Frequency frequency, @Nullable TimeSpan offset, @Nullable MonthDay dueBy) {
    return new Deadline.Periodic(frequency.label(), frequency, offset, dueBy, null, null);
  }

  static TimeSpan span(String text) {
    return DueDatesTest.requiredSpan(text);
  }

  @Nested
  class Periods_after_the_same_trigger {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
      "20 WORKING_DAYS, 10 WORKING_DAYS, TIGHTER",
      "20 WORKING_DAYS, 20 WORKING_DAYS, SAME",
      "10 WORKING_DAYS, 20 WORKING_DAYS, LOOSER",
      "30 CALENDAR_DAYS, 15 CALENDAR_DAYS, TIGHTER",
      "1 MONTHS, 2 MONTHS, LOOSER",
      "48 HOURS, 5 HOURS, TIGHTER"
    })
    void compare_amounts_in_one_unit(String older, String newer, Strictness expected) {
      // WHEN
      DeadlineComparison c = ORDER.compare(within(span(older)), within(span(newer)));
      // THEN
      assertThat(c.strictness()).isEqualTo(expected);
      assertThat(c.reason()).isEqualTo(Reason.AMOUNTS);
      assertThat(c.breakingStart()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
      "20 WORKING_DAYS, 28 CALENDAR_DAYS, INDETERMINATE",
      "20 WORKING_DAYS, 20 CALENDAR_DAYS, TIGHTER",
      "20 WORKING_DAYS, 40 CALENDAR_DAYS, LOOSER",
      "20 WORKING_DAYS, 1 MONTHS, INDETERMINATE",
      "10 WORKING_DAYS, 14 CALENDAR_DAYS, INDETERMINATE",
      "5 WORKING_DAYS, 7 CALENDAR_DAYS, INDETERMINATE",
      "15 CALENDAR_DAYS, 10 WORKING_DAYS, INDETERMINATE",
      "7 CALENDAR_DAYS, 7 WORKING_DAYS, LOOSER",
      "1 MONTHS, 30 CALENDAR_DAYS, INDETERMINATE",
      "2 MONTHS, 40 WORKING_DAYS, INDETERMINATE",
      "2 WORKING_DAYS, 48 HOURS, TIGHTER",
      "1 CALENDAR_DAYS, 24 HOURS, TIGHTER",
      "3 WORKING_DAYS, 3 CALENDAR_DAYS, TIGHTER",
      "0 WORKING_DAYS, 0 CALENDAR_DAYS, LOOSER"
    })
    void compare_units_exactly_on_the_calendar_as_brute_force_does(
        String older, String newer, Strictness expected) {
      // GIVEN
      TimeSpan a = span(older);
      TimeSpan b = span(newer);
      BruteForce.Counts slow = BruteForce.compare(CHINA, a, b);
      // WHEN
      DeadlineComparison c = ORDER.compare(within(a), within(b));
      // THEN
      assertThat(c.strictness()).isEqualTo(expected).isEqualTo(slow.strictness());
      assertThat(c.reason()).isEqualTo(Reason.CALENDAR);
      assertThat(c.arguments())
          .containsEntry("tighter", Integer.toString(slow.tighter()))
          .containsEntry("same", Integer.toString(slow.same()))
          .containsEntry("looser", Integer.toString(slow.looser()));
      assertThat(c.breakingStart()).isEqualTo(slow.firstLater());
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3", "5", "8", "13"})
    void agree_with_brute_force_on_random_pairs(long seed) {
      // GIVEN
      Random random = new Random(seed);
      PeriodUnit[] units = PeriodUnit.values();
      for (int i = 0; i < 4; i++) {
        PeriodUnit ua = units[random.nextInt(units.length)];
        PeriodUnit ub = units[random.nextInt(units.length)];
        TimeSpan a = TimeSpan.of(random.nextInt(ua == PeriodUnit.MONTHS ? 3 : 40), ua);
        TimeSpan b = TimeSpan.of(random.nextInt(ub == PeriodUnit.MONTHS ? 3 : 40), ub);
        BruteForce.Counts slow = BruteForce.compare(CHINA, a, b);
        // WHEN
        DeadlineComparison fast = ORDER.compareSpans(a, b);
        // THEN
        if (fast.reason() == Reason.CALENDAR) {
          assertThat(fast.strictness())
              .as("seed %d: %s vs %s", seed, a, b)
              .isEqualTo(slow.strictness());
          assertThat(fast.breakingStart())
              .as("seed %d: %s vs %s", seed, a, b)
              .isEqualTo(slow.firstLater());
        } else {
          assertThat(slow.strictness())
              .as("seed %d: amounts %s vs %s must agree with the calendar", seed, a, b)
              .isIn(fast.strictness(), Strictness.SAME);
        }
      }
    }

    @Test
    void name_the_start_date_that_breaks_it_around_a_holiday() {
      // GIVEN 20个工作日 -> 28日: n working days span more than 28 days around 春节 and 国庆
      DeadlineComparison c =
          ORDER.compare(within(20, PeriodUnit.WORKING_DAYS), within(28, PeriodUnit.CALENDAR_DAYS));
      // THEN
      LocalDate start = Objects.requireNonNull(c.breakingStart(), "a breaking start");
      assertThat(c.arguments()).containsEntry("start", String.valueOf(start));
      LocalDate oldDue = CHINA.plusWorkingDays(start, 20);
      LocalDate newDue = CHINA.workingDayOnOrAfter(start.plusDays(28));
      assertThat(newDue).isAfter(oldDue);
      assertThat(c.arguments())
          .containsEntry("oldDue", oldDue.toString())
          .containsEntry("newDue", newDue.toString());
      assertThat(c.message(Locale.CHINESE)).startsWith("无法判定：").contains(start.toString());
      assertThat(c.message(Locale.ENGLISH))
          .startsWith("indeterminate: ")
          .contains(start.toString());
    }

    @Test
    void compare_the_ordinary_and_the_longest_period_of_an_extension() {
      // GIVEN
      Deadline plain = within(20, PeriodUnit.WORKING_DAYS);
      Deadline extendable =
          new Deadline.Within(
              "20个工作日内，可延长20个工作日",
              Trigger.FORMED_OR_CHANGED,
              20,
              PeriodUnit.WORKING_DAYS,
              TimeSpan.of(20, PeriodUnit.WORKING_DAYS),
              null);
      // WHEN
      DeadlineComparison c = ORDER.compare(plain, extendable);
      // THEN
      assertThat(c.strictness()).isEqualTo(Strictness.LOOSER);
      assertThat(c.reason()).isEqualTo(Reason.EXTENSION);
      assertThat(c.parts())
          .extracting(DeadlineComparison::strictness)
          .containsExactly(Strictness.SAME, Strictness.LOOSER);
      assertThat(ORDER.compare(extendable, plain).strictness()).isEqualTo(Strictness.TIGHTER);
    }

    @Test
    void report_spans_beyond_the_calendar_as_indeterminate() {
      // WHEN
      DeadlineComparison c =
          ORDER.compareSpans(
              TimeSpan.of(20000, PeriodUnit.CALENDAR_DAYS),
              TimeSpan.of(5000, PeriodUnit.WORKING_DAYS));
      // THEN
      assertThat(c.strictness()).isEqualTo(Strictness.INDETERMINATE);
      assertThat(c.reason()).isEqualTo(Reason.BEYOND_CALENDAR);
    }
  }

  @Nested
  class Kinds_and_policies {

    @Test
    void different_triggers_are_indeterminate_unless_the_policy_joins_them() {
      // GIVEN
      Deadline formed = Deadline.within(20, PeriodUnit.WORKING_DAYS, Trigger.FORMED_OR_CHANGED);
      Deadline obtained = Deadline.within(10, PeriodUnit.WORKING_DAYS, Trigger.OBTAINED);
      // WHEN / THEN
      DeadlineComparison c = ORDER.compare(formed, obtained);
      assertThat(c.strictness()).isEqualTo(Strictness.INDETERMINATE);
      assertThat(c.reason()).isEqualTo(Reason.DIFFERENT_TRIGGERS);
      assertThat(c.arguments()).containsEntry("oldTrigger", "FORMED_OR_CHANGED");
      assertThat(DeadlineOrder.of(CHINA, LENIENT).compare(formed, obtained).strictness())
          .isEqualTo(Strictness.TIGHTER);
    }

    @Test
    void realtime_is_tighter_than_any_number_frequency_or_prompt() {
      // GIVEN
      Deadline realtime = new Deadline.Realtime("实时", null);
      // WHEN / THEN
      for (Deadline other :
          List.of(
              within(0, PeriodUnit.HOURS),
              periodic(Frequency.DAILY, null, null),
              new Deadline.Prompt("及时", Trigger.UNSPECIFIED, null))) {
        assertThat(ORDER.compare(other, realtime).strictness()).isEqualTo(Strictness.TIGHTER);
        assertThat(ORDER.compare(realtime, other).strictness()).isEqualTo(Strictness.LOOSER);
        assertThat(ORDER.compare(other, realtime).reason()).isEqualTo(Reason.REALTIME);
      }
      assertThat(ORDER.compare(realtime, realtime).strictness()).isEqualTo(Strictness.SAME);
    }

    @Test
    void prompt_against_a_number_is_indeterminate_unless_the_policy_gives_it_one() {
      // GIVEN
      Deadline prompt = new Deadline.Prompt("及时", Trigger.FORMED_OR_CHANGED, null);
      Deadline twenty = within(20, PeriodUnit.WORKING_DAYS);
      Deadline five = within(5, PeriodUnit.WORKING_DAYS);
      DeadlineOrder lenient = DeadlineOrder.of(CHINA, LENIENT);
      // WHEN / THEN
      assertThat(ORDER.compare(twenty, prompt).reason()).isEqualTo(Reason.PROMPT_WITHOUT_NUMBER);
      assertThat(ORDER.compare(twenty, prompt).strictness()).isEqualTo(Strictness.INDETERMINATE);
      assertThat(lenient.compare(twenty, prompt).strictness()).isEqualTo(Strictness.TIGHTER);
      assertThat(lenient.compare(twenty, prompt).reason()).isEqualTo(Reason.PROMPT_BY_POLICY);
      assertThat(lenient.compare(prompt, five).strictness()).isEqualTo(Strictness.TIGHTER);
      assertThat(lenient.compare(prompt, twenty).strictness()).isEqualTo(Strictness.LOOSER);
      assertThat(ORDER.compare(prompt, prompt).strictness()).isEqualTo(Strictness.SAME);
      assertThat(ORDER.compare(prompt, new Deadline.Prompt("及时", Trigger.DECIDED, null)).reason())
          .isEqualTo(Reason.DIFFERENT_TRIGGERS);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
      "MONTHLY, QUARTERLY, LOOSER",
      "YEARLY, MONTHLY, TIGHTER",
      "DAILY, WEEKLY, LOOSER",
      "HALF_YEARLY, HALF_YEARLY, SAME"
    })
    void periodic_frequencies_order_from_daily_to_yearly(
        Frequency older, Frequency newer, Strictness expected) {
      // WHEN
      DeadlineComparison c =
          ORDER.compare(
              periodic(older, TimeSpan.of(30, PeriodUnit.CALENDAR_DAYS), null),
              periodic(newer, null, null));
      // THEN
      assertThat(c.strictness())
          .isEqualTo(expected == Strictness.SAME ? Strictness.TIGHTER : expected);
      assertThat(
              ORDER.compare(periodic(older, null, null), periodic(newer, null, null)).strictness())
          .isEqualTo(expected);
    }

    @Test
    void at_one_frequency_lateness_is_compared_at_every_period_end() {
      // GIVEN
      Deadline janThirtyFirst = periodic(Frequency.YEARLY, null, MonthDay.of(1, 31));
      Deadline marchThirtyFirst = periodic(Frequency.YEARLY, null, MonthDay.of(3, 31));
      Deadline twentyDays =
          periodic(Frequency.YEARLY, TimeSpan.of(20, PeriodUnit.CALENDAR_DAYS), null);
      Deadline quarter15 =
          periodic(Frequency.QUARTERLY, TimeSpan.of(15, PeriodUnit.CALENDAR_DAYS), null);
      Deadline quarter10wd =
          periodic(Frequency.QUARTERLY, TimeSpan.of(10, PeriodUnit.WORKING_DAYS), null);
      // WHEN / THEN
      assertThat(ORDER.compare(marchThirtyFirst, janThirtyFirst).strictness())
          .isEqualTo(Strictness.TIGHTER);
      DeadlineComparison c = ORDER.compare(janThirtyFirst, twentyDays);
      assertThat(c.strictness()).isEqualTo(Strictness.TIGHTER);
      assertThat(c.reason()).isEqualTo(Reason.LATENESS);
      DeadlineComparison q = ORDER.compare(quarter15, quarter10wd);
      assertThat(q.reason()).isEqualTo(Reason.LATENESS);
      assertThat(q.strictness()).isEqualTo(Strictness.INDETERMINATE);
      LocalDate periodEnd = Objects.requireNonNull(q.breakingStart(), "a breaking period");
      assertThat(periodEnd.plusDays(1).getDayOfMonth()).isEqualTo(1); // a quarter's last day
      assertThat(q.message(Locale.CHINESE)).contains("以" + periodEnd + "结束的一期");
    }

    @Test
    void custom_intervals_compare_as_periods_and_not_with_frequencies() {
      // GIVEN
      Deadline every20 =
          new Deadline.Periodic(
              "每20个工作日更新", null, null, null, TimeSpan.of(20, PeriodUnit.WORKING_DAYS), null);
      Deadline every10 =
          new Deadline.Periodic(
              "每10个工作日更新", null, null, null, TimeSpan.of(10, PeriodUnit.WORKING_DAYS), null);
      // WHEN / THEN
      assertThat(ORDER.compare(every20, every10).strictness()).isEqualTo(Strictness.TIGHTER);
      assertThat(ORDER.compare(every20, every10).reason()).isEqualTo(Reason.INTERVAL);
      assertThat(ORDER.compare(every20, periodic(Frequency.MONTHLY, null, null)).reason())
          .isEqualTo(Reason.CADENCE_FORMS_DIFFER);
    }

    @Test
    void kinds_that_do_not_compare_are_indeterminate() {
      // GIVEN
      Deadline twenty = within(20, PeriodUnit.WORKING_DAYS);
      Deadline ongoing = new Deadline.Ongoing("长期公开", null);
      Deadline unparsed = new Deadline.Unparsed("视 情况", null);
      // WHEN / THEN
      assertThat(ORDER.compare(twenty, periodic(Frequency.MONTHLY, null, null)).reason())
          .isEqualTo(Reason.DIFFERENT_KINDS);
      assertThat(ORDER.compare(twenty, ongoing).reason()).isEqualTo(Reason.ONGOING);
      assertThat(ORDER.compare(ongoing, new Deadline.Ongoing("常态化", null)).strictness())
          .isEqualTo(Strictness.SAME);
      assertThat(ORDER.compare(unparsed, twenty).reason()).isEqualTo(Reason.UNPARSED);
      assertThat(ORDER.compare(unparsed, new Deadline.Unparsed("视情况", null)).strictness())
          .isEqualTo(Strictness.SAME);
      assertThat(ORDER.compare(unparsed, new Deadline.Unparsed("另行通知", null)).strictness())
          .isEqualTo(Strictness.INDETERMINATE);
    }
  }

  @Nested
  class Conditional_deadlines {

    final Deadline penalties20 =
        conditional(
            clause("除处罚决定外其他内容", new Deadline.Ongoing("长期公开", null)),
            clause("处罚决定", within(20, PeriodUnit.WORKING_DAYS)));

    @Test
    void compare_clause_by_clause_when_the_conditions_line_up() {
      // GIVEN the same conditions, written in another order and with other spacing
      Deadline penalties10 =
          conditional(
              clause("处罚 决定", within(10, PeriodUnit.WORKING_DAYS)),
              clause("除处罚决定外其他内容", new Deadline.Ongoing("长期公开", null)));
      Deadline penalties30days =
          conditional(
              clause("除处罚决定外其他内容", new Deadline.Ongoing("长期公开", null)),
              clause("处罚决定", within(30, PeriodUnit.CALENDAR_DAYS)));
      // WHEN
      DeadlineComparison tighter = ORDER.compare(penalties20, penalties10);
      DeadlineComparison mixed = ORDER.compare(penalties20, penalties30days);
      // THEN
      assertThat(tighter.strictness()).isEqualTo(Strictness.TIGHTER);
      assertThat(tighter.reason()).isEqualTo(Reason.CLAUSES);
      assertThat(mixed.strictness()).isIn(Strictness.LOOSER, Strictness.INDETERMINATE);
      assertThat(mixed.breakingStart()).isNotNull();
      assertThat(mixed.message(Locale.ENGLISH)).contains("clause by clause").contains("start date");
    }

    @Test
    void clauses_that_do_not_line_up_are_indeterminate_unless_the_policy_compares_all() {
      // GIVEN
      Deadline plain10 = within(10, PeriodUnit.WORKING_DAYS);
      Deadline split =
          conditional(
              clause("资金使用", within(5, PeriodUnit.WORKING_DAYS)),
              clause(null, within(8, PeriodUnit.WORKING_DAYS)));
      DeadlineOrder lenient = DeadlineOrder.of(CHINA, LENIENT);
      // WHEN / THEN
      assertThat(ORDER.compare(plain10, split).strictness()).isEqualTo(Strictness.INDETERMINATE);
      assertThat(ORDER.compare(plain10, split).reason()).isEqualTo(Reason.CLAUSES_DO_NOT_MATCH);
      assertThat(lenient.compare(plain10, split).strictness()).isEqualTo(Strictness.TIGHTER);
      assertThat(lenient.compare(plain10, penalties20).strictness())
          .isEqualTo(Strictness.INDETERMINATE);
      assertThat(ORDER.compare(plain10, conditional(clause(null, plain10))).strictness())
          .isEqualTo(Strictness.SAME);
    }

    static Deadline.Clause clause(@Nullable String when, Deadline d) {
      return new Deadline.Clause(when, d);
    }

    static Deadline conditional(Deadline.Clause... clauses) {
      return new Deadline.Conditional("分条件", List.of(clauses), null);
    }
  }

  @Nested
  class Display_periods {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
      "7 CALENDAR_DAYS, 7 WORKING_DAYS, TIGHTER",
      "7 WORKING_DAYS, 7 CALENDAR_DAYS, LOOSER",
      "30 CALENDAR_DAYS, 15 CALENDAR_DAYS, LOOSER",
      "5 WORKING_DAYS, 10 WORKING_DAYS, TIGHTER",
      "10 WORKING_DAYS, 14 CALENDAR_DAYS, INDETERMINATE"
    })
    void longer_is_stricter(String older, String newer, Strictness expected) {
      // WHEN
      DeadlineComparison c =
          ORDER.compareDisplay(DisplayPeriod.of(span(older)), DisplayPeriod.of(span(newer)));
      // THEN
      assertThat(c.strictness()).isEqualTo(expected);
      assertThat(c.reason()).isEqualTo(Reason.DISPLAY_LENGTH);
      assertThat(
              ORDER
                  .compareDisplay(DisplayPeriod.of(span(newer)), DisplayPeriod.of(span(older)))
                  .strictness())
          .isEqualTo(expected.inverse());
    }

    @Test
    void names_the_publication_day_for_which_the_new_display_ends_earlier() {
      // GIVEN
      DisplayPeriod older = DisplayPeriod.of(TimeSpan.of(10, PeriodUnit.WORKING_DAYS));
      DisplayPeriod newer = DisplayPeriod.of(TimeSpan.of(14, PeriodUnit.CALENDAR_DAYS));
      DueDates due = DueDates.of(CHINA);
      // WHEN
      DeadlineComparison c = ORDER.compareDisplay(older, newer);
      // THEN
      LocalDate published = Objects.requireNonNull(c.breakingStart(), "a breaking publication");
      LocalDate oldEnd = due.lastDisplayDay(older, published).lastDay().orElseThrow();
      LocalDate newEnd = due.lastDisplayDay(newer, published).lastDay().orElseThrow();
      assertThat(newEnd).isBefore(oldEnd);
      assertThat(c.arguments())
          .containsEntry("oldDue", oldEnd.toString())
          .containsEntry("newDue", newEnd.toString());
      assertThat(c.message(Locale.CHINESE)).contains("早于原公示期的" + oldEnd);
    }

    @Test
    void ongoing_is_the_strictest_and_unread_text_is_indeterminate() {
      // GIVEN
      DisplayPeriod ongoing = new DisplayPeriod("长期", null, true);
      DisplayPeriod seven = DisplayPeriod.of(TimeSpan.of(7, PeriodUnit.CALENDAR_DAYS));
      DisplayPeriod unread = new DisplayPeriod("另行通知", null, false);
      // WHEN / THEN
      assertThat(ORDER.compareDisplay(seven, ongoing).strictness()).isEqualTo(Strictness.TIGHTER);
      assertThat(ORDER.compareDisplay(ongoing, seven).strictness()).isEqualTo(Strictness.LOOSER);
      assertThat(ORDER.compareDisplay(ongoing, ongoing).strictness()).isEqualTo(Strictness.SAME);
      assertThat(ORDER.compareDisplay(seven, unread).reason()).isEqualTo(Reason.DISPLAY_UNPARSED);
      assertThat(ORDER.compareDisplay(unread, unread).strictness()).isEqualTo(Strictness.SAME);
      assertThat(ORDER.compareDisplay(ongoing, unread).strictness())
          .isEqualTo(Strictness.INDETERMINATE);
    }
  }

  @Nested
  class Order_laws {

    @ParameterizedTest(name = "seed {0}, lenient policy {1}")
    @CsvSource({
      "1, false",
      "2, false",
      "3, false",
      "4, false",
      "5, false",
      "6, false",
      "7, false",
      "8, false",
      "1, true",
      "2, true",
      "3, true",
      "4, true",
      "5, true",
      "6, true",
      "7, true",
      "8, true",
      "20251001, false",
      "20251001, true"
    })
    void hold_over_generated_deadlines(long seed, boolean lenient) {
      // GIVEN
      DeadlineOrder order =
          DeadlineOrder.of(CHINA, lenient ? LENIENT : StrictnessPolicy.defaults());
      List<Deadline> ds = new DeadlineGenerator(seed).deadlines(20);
      int n = ds.size();
      Strictness[][] c = new Strictness[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          c[i][j] = order.compare(ds.get(i), ds.get(j)).strictness();
        }
      }
      // THEN reflexive and antisymmetric
      for (int i = 0; i < n; i++) {
        assertThat(c[i][i])
            .as("seed %d: reflexive on %s", seed, ds.get(i))
            .isEqualTo(Strictness.SAME);
        for (int j = 0; j < n; j++) {
          assertThat(c[j][i])
              .as("seed %d: antisymmetric on %s and %s", seed, ds.get(i), ds.get(j))
              .isEqualTo(c[i][j].inverse());
        }
      }
      // and transitive: c <= b <= a gives c <= a, strictly if either step is strict
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          for (int x = 0; x < n; x++) {
            if (c[a][b].isAtLeastAsStrict() && c[b][x].isAtLeastAsStrict()) {
              Strictness expected =
                  c[a][b] == Strictness.SAME && c[b][x] == Strictness.SAME
                      ? Strictness.SAME
                      : Strictness.TIGHTER;
              assertThat(c[a][x])
                  .as("seed %d: transitive over %s, %s, %s", seed, ds.get(a), ds.get(b), ds.get(x))
                  .isEqualTo(expected);
            }
          }
        }
      }
    }

    @Test
    void the_generator_meets_every_answer() {
      // GIVEN
      Set<Strictness> seen = EnumSet.noneOf(Strictness.class);
      List<Deadline> ds = new DeadlineGenerator(99).deadlines(40);
      // WHEN
      for (Deadline a : ds) {
        for (Deadline b : ds) {
          seen.add(ORDER.compare(a, b).strictness());
        }
      }
      // THEN
      assertThat(seen).containsExactlyInAnyOrder(Strictness.values());
    }

    @Test
    void cached_answers_are_the_same_from_many_threads() {
      // GIVEN
      DeadlineOrder order = DeadlineOrder.of(CHINA);
      List<Deadline> ds = new DeadlineGenerator(7).deadlines(12);
      List<DeadlineComparison> sequential =
          ds.stream().flatMap(a -> ds.stream().map(b -> ORDER.compare(a, b))).toList();
      // WHEN
      List<DeadlineComparison> parallel =
          IntStream.range(0, ds.size() * ds.size())
              .parallel()
              .mapToObj(k -> order.compare(ds.get(k / ds.size()), ds.get(k % ds.size())))
              .toList();
      // THEN
      assertThat(parallel).isEqualTo(sequential);
    }
  }

  @Nested
  class Messages {

    @Test
    void both_languages_have_the_same_keys_and_placeholders() {
      // WHEN / THEN
      assertThat(TimeMessages.keys("en"))
          .containsExactlyInAnyOrderElementsOf(TimeMessages.keys("zh"));
      for (String key : TimeMessages.keys("zh")) {
        assertThat(placeholders(Locale.ENGLISH, key))
            .as("placeholders of %s", key)
            .isEqualTo(placeholders(Locale.CHINESE, key));
      }
      for (Reason r : Reason.values()) {
        assertThat(TimeMessages.has("compare." + r.name())).as(r.name()).isTrue();
      }
      for (DueDate.Reason r : DueDate.Reason.values()) {
        assertThat(TimeMessages.has("due." + r.name())).as(r.name()).isTrue();
      }
    }

    /** The {name} placeholders of a template: formatting with no arguments leaves them in place. */
    private Set<String> placeholders(Locale locale, String key) {
      return java.util.regex.Pattern.compile("\\{(\\w+)}")
          .matcher(TimeMessages.format(locale, key, java.util.Map.of()))
          .results()
          .map(m -> m.group(1))
          .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void every_generated_comparison_reads_without_placeholders() {
      // GIVEN
      List<Deadline> ds = new DeadlineGenerator(3).deadlines(24);
      DeadlineOrder lenient = DeadlineOrder.of(CHINA, LENIENT);
      // WHEN / THEN
      for (Deadline a : ds) {
        for (Deadline b : ds) {
          for (DeadlineComparison c : List.of(ORDER.compare(a, b), lenient.compare(a, b))) {
            assertThat(c.message(Locale.CHINESE)).doesNotContain("{").isNotBlank();
            assertThat(c.message(Locale.ENGLISH)).doesNotContain("{").isNotBlank();
          }
        }
      }
    }

    @Test
    void chinese_is_the_default_for_other_languages() {
      // GIVEN
      DeadlineComparison c =
          ORDER.compare(within(20, PeriodUnit.WORKING_DAYS), within(10, PeriodUnit.WORKING_DAYS));
      // WHEN / THEN
      assertThat(c.message(Locale.FRENCH)).isEqualTo(c.message(Locale.SIMPLIFIED_CHINESE));
      assertThat(c.message(Locale.CHINESE)).startsWith("更紧：");
      assertThat(c.message(Locale.ENGLISH)).startsWith("tighter: ");
      assertThatThrownBy(
              () -> TimeMessages.format(Locale.CHINESE, "no.such.key", java.util.Map.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Policies {

    @Test
    void join_triggers_into_groups() {
      // WHEN
      StrictnessPolicy p =
          StrictnessPolicy.defaults()
              .withSameTriggers(Trigger.FORMED_OR_CHANGED, Trigger.OBTAINED)
              .withSameTriggers(Trigger.UNSPECIFIED, Trigger.OBTAINED);
      // THEN
      assertThat(p.sameTriggers())
          .containsExactly(
              Set.of(Trigger.FORMED_OR_CHANGED, Trigger.OBTAINED, Trigger.UNSPECIFIED));
      assertThat(p.representative(Trigger.UNSPECIFIED)).isEqualTo(Trigger.FORMED_OR_CHANGED);
      assertThat(p.representative(Trigger.DECIDED)).isEqualTo(Trigger.DECIDED);
      assertThat(StrictnessPolicy.defaults().withSameTriggers(Trigger.DECIDED).sameTriggers())
          .isEmpty();
    }

    @Test
    void validate_their_groups() {
      // WHEN / THEN
      assertThatThrownBy(() -> new StrictnessPolicy(Set.of(Set.of(Trigger.DECIDED)), null, false))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("sameTriggers");
      assertThatThrownBy(
              () ->
                  new StrictnessPolicy(
                      Set.of(
                          Set.of(Trigger.DECIDED, Trigger.ISSUED),
                          Set.of(Trigger.DECIDED, Trigger.APPROVED)),
                      null,
                      false))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("two groups");
    }

    @Test
    void are_kept_by_the_order() {
      // WHEN / THEN
      DeadlineOrder order = DeadlineOrder.of(CHINA, LENIENT);
      assertThat(order.policy()).isEqualTo(LENIENT);
      assertThat(order.calendar()).isSameAs(CHINA);
      assertThat(ORDER.policy()).isEqualTo(StrictnessPolicy.defaults());
    }
  }

  static Deadline.Within within(TimeSpan span) {
    return within(span.amount(), span.unit());
  }
}
