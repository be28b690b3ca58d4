package io.github.gkml.model;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The one seeded generator of deadlines for property-style tests: every form, a few triggers, small
 * amounts in every unit (so that pairs meet around holidays and often compare SAME), extensions,
 * periodic offsets and fixed days, and conditional deadlines over a few conditions.
 */
final class DeadlineGenerator {

  private static final Trigger[] TRIGGERS = {
    Trigger.FORMED_OR_CHANGED, Trigger.OBTAINED, Trigger.UNSPECIFIED
  };
  private static final String[] CONDITIONS = {"处罚决定", "资金使用", "其他内容"};
  private static final MonthDay[] DUE_BY = {
    MonthDay.of(1, 15), MonthDay.of(1, 31), MonthDay.of(3, 31)
  };
  private static final List<Frequency> FREQUENCIES = List.of(Frequency.values());
  private static final int[] HOURS = {0, 5, 12, 24, 48, 72};

  private final Random random;

  DeadlineGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code n} deadlines, some of them repeated so that equal pairs occur. */
  List<Deadline> deadlines(int n) {
    List<Deadline> out = new ArrayList<>();
    while (out.size() < n) {
      out.add(
          !out.isEmpty() && random.nextInt(6) == 0 ? out.get(random.nextInt(out.size())) : next());
    }
    return out;
  }

  Deadline next() {
    int kind = random.nextInt(100);
    if (kind < 50) {
      return within();
    }
    if (kind < 68) {
      return periodic();
    }
    if (kind < 72) {
      return new Deadline.Realtime("实时", null);
    }
    if (kind < 79) {
      return new Deadline.Prompt("及时", trigger(), null);
    }
    if (kind < 84) {
      return new Deadline.Ongoing("长期公开", null);
    }
    if (kind < 88) {
      return new Deadline.Unparsed(random.nextBoolean() ? "视情况" : "按 规定", null);
    }
    return conditional();
  }

  Deadline.Within within() {
    PeriodUnit unit = unit();
    TimeSpan span = span(unit);
    TimeSpan extension = random.nextInt(5) == 0 ? span(unit) : null;
    Trigger trigger = trigger();
    return new Deadline.Within(
        trigger.phrase() + span + "内", trigger, span.amount(), unit, extension, null);
  }

  private Deadline periodic() {
    if (random.nextInt(4) == 0) {
      TimeSpan interval =
          span(random.nextBoolean() ? PeriodUnit.WORKING_DAYS : PeriodUnit.CALENDAR_DAYS);
      return new Deadline.Periodic("每" + interval + "更新", null, null, null, interval, null);
    }
    Frequency frequency = FREQUENCIES.get(random.nextInt(FREQUENCIES.size()));
    TimeSpan offset =
        random.nextBoolean()
            ? span(random.nextBoolean() ? PeriodUnit.WORKING_DAYS : PeriodUnit.CALENDAR_DAYS)
            : null;
    MonthDay dueBy = random.nextInt(5) == 0 ? DUE_BY[random.nextInt(DUE_BY.length)] : null;
    return new Deadline.Periodic(frequency.label(), frequency, offset, dueBy, null, null);
  }

  private Deadline conditional() {
    int n = 1 + random.nextInt(3);
    List<Deadline.Clause> clauses = new ArrayList<>();
    List<String> conditions = new ArrayList<>(List.of(CONDITIONS));
    for (int i = 0; i < n; i++) {
      @Nullable String when =
          i == 0 && random.nextBoolean()
              ? null
              : conditions.remove(random.nextInt(conditions.size()));
      Deadline d = next();
      while (d instanceof Deadline.Conditional) {
        d = next();
      }
      clauses.add(new Deadline.Clause(when, d));
    }
    return new Deadline.Conditional("分条件", clauses, null);
  }

  private PeriodUnit unit() {
    int u = random.nextInt(10);
    return u < 4
        ? PeriodUnit.WORKING_DAYS
        : u < 8 ? PeriodUnit.CALENDAR_DAYS : u < 9 ? PeriodUnit.MONTHS : PeriodUnit.HOURS;
  }

  private TimeSpan span(PeriodUnit unit) {
    int amount =
        switch (unit) {
          case WORKING_DAYS -> random.nextInt(25);
          case CALENDAR_DAYS -> random.nextInt(35);
          case MONTHS -> random.nextInt(3);
          case HOURS -> HOURS[random.nextInt(HOURS.length)];
        };
    return TimeSpan.of(amount, unit);
  }

  private Trigger trigger() {
    return TRIGGERS[random.nextInt(TRIGGERS.length)];
  }
}
