package io.github.gkml.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Counting day by day, the slow and obvious way, with nothing but {@link
 * WorkingCalendar#isWorkingDay}: the reference the O(1) arithmetic is checked against.
 */
final class BruteForce {

  private BruteForce() {}

  /** The day moved by {@code n} working days, or {@code null} if the walk leaves the calendar. */
  static @Nullable LocalDate plusWorkingDays(WorkingCalendar cal, LocalDate from, int n) {
    LocalDate d = from;
    int left = Math.abs(n);
    while (left > 0) {
      d = n > 0 ? d.plusDays(1) : d.minusDays(1);
      if (!cal.covers(d)) {
        return null;
      }
      if (cal.isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** The day itself if working, else the next working day; {@code null} past the calendar. */
  static @Nullable LocalDate roll(WorkingCalendar cal, LocalDate day) {
    LocalDate d = day;
    while (cal.covers(d)) {
      if (cal.isWorkingDay(d)) {
        return d;
      }
      d = d.plusDays(1);
    }
    return null;
  }

  /** The last day of a period by the law's rules, or {@code null} past the calendar. */
  static @Nullable LocalDate end(WorkingCalendar cal, TimeSpan span, LocalDate trigger) {
    return switch (span.unit()) {
      case WORKING_DAYS -> plusWorkingDays(cal, trigger, span.amount());
      case CALENDAR_DAYS -> roll(cal, trigger.plusDays(span.amount()));
      case MONTHS -> roll(cal, trigger.plusMonths(span.amount()));
      case HOURS -> {
        LocalDate d = trigger;
        for (int h = 0; h < span.amount(); h += 24) {
          d = d.plusDays(1);
        }
        yield cal.covers(d) ? d : null;
      }
    };
  }

  /**
   * Compares two periods at every start in the calendar the slow way: counts of starts where the
   * new one is due earlier, the same day, later, and the first start where it is later.
   */
  static Counts compare(WorkingCalendar cal, TimeSpan older, TimeSpan newer) {
    int tighter = 0;
    int same = 0;
    int looser = 0;
    LocalDate firstLater = null;
    for (LocalDate d = cal.coverageStart(); !d.isAfter(cal.coverageEnd()); d = d.plusDays(1)) {
      LocalDate a = end(cal, older, d);
      LocalDate b = end(cal, newer, d);
      if (a == null && b == null) {
        continue;
      }
      if (a != null && a.equals(b)) {
        same++;
      } else if (b != null && (a == null || b.isBefore(a))) {
        tighter++;
      } else {
        looser++;
        firstLater = firstLater == null ? d : firstLater;
      }
    }
    return new Counts(tighter, same, looser, firstLater);
  }

  /** What {@link #compare} found. */
  record Counts(int tighter, int same, int looser, @Nullable LocalDate firstLater) {

    Strictness strictness() {
      if (tighter + same + looser == 0 || (tighter > 0 && looser > 0)) {
        return Strictness.INDETERMINATE;
      }
      return looser > 0 ? Strictness.LOOSER : tighter > 0 ? Strictness.TIGHTER : Strictness.SAME;
    }
  }
}
