package io.github.gkml.benchmarks;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.DeadlineComparison;
import io.github.gkml.model.DeadlineOrder;
import io.github.gkml.model.Frequency;
import io.github.gkml.model.PeriodUnit;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.model.Trigger;
import io.github.gkml.model.WorkingCalendar;
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
 * Comparing deadlines. {@code cold*} builds a new {@link DeadlineOrder} per call, so its cache is
 * empty and the exact comparison runs over every start date of the calendar (2006-12-30 to
 * 2026-12-31, about 7,300 days); {@code cached*} reuses one order, whose cache answers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompareBenchmark {

  private final WorkingCalendar calendar = WorkingCalendar.china();
  private final DeadlineOrder order = DeadlineOrder.of(calendar);
  private final Deadline twentyWorkingDays =
      Deadline.within(20, PeriodUnit.WORKING_DAYS, Trigger.FORMED_OR_CHANGED);
  private final Deadline tenWorkingDays =
      Deadline.within(10, PeriodUnit.WORKING_DAYS, Trigger.FORMED_OR_CHANGED);
  private final Deadline twentyEightDays =
      Deadline.within(28, PeriodUnit.CALENDAR_DAYS, Trigger.FORMED_OR_CHANGED);
  private final Deadline oneMonth =
      Deadline.within(1, PeriodUnit.MONTHS, Trigger.FORMED_OR_CHANGED);
  private final Deadline quarterly15Days = quarterly(TimeSpan.of(15, PeriodUnit.CALENDAR_DAYS));
  private final Deadline quarterly10WorkingDays =
      quarterly(TimeSpan.of(10, PeriodUnit.WORKING_DAYS));

  private static Deadline quarterly(TimeSpan offset) {
    return new Deadline.Periodic(
        "季度结束后" + offset + "内", Frequency.QUARTERLY, offset, null, null, null);
  }

  /** 20个工作日 against 10个工作日: same unit, compared by amount. */
  @Benchmark
  public DeadlineComparison amounts() {
    return order.compare(twentyWorkingDays, tenWorkingDays);
  }

  /** 20个工作日 against 28日 over every start date, nothing cached. */
  @Benchmark
  public DeadlineComparison coldWorkingVsCalendarDays() {
    return DeadlineOrder.of(calendar).compare(twentyWorkingDays, twentyEightDays);
  }

  /** 20个工作日 against 1个月 over every start date (one plusMonths per start), nothing cached. */
  @Benchmark
  public DeadlineComparison coldWorkingDaysVsMonths() {
    return DeadlineOrder.of(calendar).compare(twentyWorkingDays, oneMonth);
  }

  /** 季度结束后15日内 against 季度结束后10个工作日内 at every quarter's end, nothing cached. */
  @Benchmark
  public DeadlineComparison coldQuarterlyLateness() {
    return DeadlineOrder.of(calendar).compare(quarterly15Days, quarterly10WorkingDays);
  }

  /** 20个工作日 against 28日, answered from the cache. */
  @Benchmark
  public DeadlineComparison cachedWorkingVsCalendarDays() {
    return order.compare(twentyWorkingDays, twentyEightDays);
  }
}
