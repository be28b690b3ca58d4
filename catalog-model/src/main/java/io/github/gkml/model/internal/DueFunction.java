package io.github.gkml.model.internal;

import io.github.gkml.model.PeriodUnit;
import io.github.gkml.model.TimeSpan;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A due date as a function of a start day, evaluated only inside a calendar's range ({@link
 * CalendarIndex#BEYOND} past its end). Records, so that they serve as cache keys.
 */
sealed interface DueFunction {

  /** The last day on time for a start on {@code day}, or {@link CalendarIndex#BEYOND}. */
  long apply(CalendarIndex cal, long day);

  /** How the function reads in a message, e.g. {@code 20个工作日+20个工作日}. */
  String label();

  /**
   * A chain of periods, each counted from the end of the one before: a period alone, or a period
   * and its extension. The empty chain is the start day itself.
   */
  record Chain(List<TimeSpan> spans) implements DueFunction {

    public Chain {
      spans = List.copyOf(spans);
    }

    static Chain of(TimeSpan span, @Nullable TimeSpan extension) {
      return new Chain(extension == null ? List.of(span) : List.of(span, extension));
    }

    @Override
    public long apply(CalendarIndex cal, long day) {
      return Periods.endWithin(cal, spans, day);
    }

    /** Whether every span is in working days, so that the chain is one span of their sum. */
    boolean isAllWorkingDays() {
      return spans.stream().allMatch(s -> s.unit() == PeriodUnit.WORKING_DAYS);
    }

    long total() {
      return spans.stream().mapToLong(TimeSpan::amount).sum();
    }

    @Override
    public String label() {
      return spans.isEmpty()
          ? "0"
          : spans.stream().map(TimeSpan::toString).collect(Collectors.joining("+"));
    }
  }

  /**
   * How late after a period's last day a periodic deadline falls due: an offset, a fixed day of the
   * year, both (the earlier), or neither (the last day itself).
   */
  record Lateness(@Nullable TimeSpan offset, @Nullable MonthDay dueBy) implements DueFunction {

    @Override
    public long apply(CalendarIndex cal, long periodEnd) {
      long due = Periods.lateness(cal, offset, dueBy, periodEnd);
      return due > cal.end() ? CalendarIndex.BEYOND : due;
    }

    @Override
    public String label() {
      TimeSpan o = offset;
      MonthDay d = dueBy;
      String byOffset = o == null ? "" : "+" + o;
      String byDay =
          d == null ? "" : "≤" + String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
      String label = byOffset + byDay;
      return label.isEmpty() ? "+0" : label;
    }
  }

  /** Whether two functions are the same kind of chain that can be compared by amount alone. */
  static boolean sameShape(DueFunction a, DueFunction b) {
    return a instanceof Chain ca
        && b instanceof Chain cb
        && ca.spans().size() == 1
        && cb.spans().size() == 1
        && Objects.equals(ca.spans().get(0).unit(), cb.spans().get(0).unit());
  }
}
