package io.github.gkml.benchmarks;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.DueDate;
import io.github.gkml.model.DueDates;
import io.github.gkml.model.Frequency;
import io.github.gkml.model.PeriodUnit;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.model.Trigger;
import io.github.gkml.model.WorkingCalendar;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Due dates on the national calendar: each call is O(1) (array lookups, one {@code plusMonths} for
 * months), whatever the length of the period. Triggers cycle through 1024 random days of the
 * calendar's range so that nothing is folded into a constant.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DueDateBenchmark {

  private static final int MASK = 1023;

  private final WorkingCalendar calendar = WorkingCalendar.china();
  private final DueDates due = DueDates.of(calendar);
  private final LocalDate[] triggers = randomTriggers(calendar);
  private final Deadline workingDays =
      Deadline.within(20, PeriodUnit.WORKING_DAYS, Trigger.FORMED_OR_CHANGED);
  private final Deadline calendarDays =
      Deadline.within(15, PeriodUnit.CALENDAR_DAYS, Trigger.FORMED_OR_CHANGED);
  private final Deadline months = Deadline.within(1, PeriodUnit.MONTHS, Trigger.APPROVED);
  private final Deadline quarterly =
      new Deadline.Periodic(
          "季度结束后15日内",
          Frequency.QUARTERLY,
          TimeSpan.of(15, PeriodUnit.CALENDAR_DAYS),
          null,
          null,
          null);
  private int next;

  private LocalDate trigger() {
    next = (next + 1) & MASK;
    return triggers[next];
  }

  /** 自信息形成或者变更之日起20个工作日内. */
  @Benchmark
  public DueDate workingDays20() {
    return due.due(workingDays, trigger());
  }

  /** 15日内, moved past a rest day (第二百零三条). */
  @Benchmark
  public DueDate calendarDays15() {
    return due.due(calendarDays, trigger());
  }

  /** 1个月内. */
  @Benchmark
  public DueDate months1() {
    return due.due(months, trigger());
  }

  /** 季度结束后15日内. */
  @Benchmark
  public DueDate quarterlyPlus15Days() {
    return due.due(quarterly, trigger());
  }

  /** A year of working days in one step: as fast as one. */
  @Benchmark
  public LocalDate plus250WorkingDays() {
    return calendar.plusWorkingDays(trigger(), 250);
  }

  private static LocalDate[] randomTriggers(WorkingCalendar calendar) {
    Random random = new Random(42);
    LocalDate[] out = new LocalDate[MASK + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = calendar.coverageStart().plusDays(random.nextInt(6500));
    }
    return out;
  }
}
