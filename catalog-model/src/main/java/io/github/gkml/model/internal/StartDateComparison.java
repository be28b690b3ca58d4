package io.github.gkml.model.internal;

import io.github.gkml.model.Frequency;
import io.github.gkml.model.Strictness;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Two due functions compared at every start day of a calendar's range (or at every period end of a
 * frequency): at how many starts the new one falls due earlier, on the same day or later, and the
 * first start of each kind.
 *
 * <p>A due date after the range counts as later than any day inside it; a start where both fall
 * after the range is not counted (the calendar cannot tell); since due functions never decrease,
 * the pass stops there. Over a fixed set of starts this is the pointwise order of the two
 * functions, so the answers obey the laws of a partial order exactly. One pass costs O(days in the
 * range), with O(1) per day.
 *
 * @param tighter starts where the new one is due earlier
 * @param same starts where both are due on the same day
 * @param looser starts where the new one is due later
 * @param from the first start compared
 * @param to the last start compared
 * @param calendarEnd the last day of the calendar's range
 * @param later the first start where the new one is due later, or {@code null}
 * @param earlier the first start where the new one is due earlier, or {@code null}
 */
record StartDateComparison(
    int tighter,
    int same,
    int looser,
    LocalDate from,
    LocalDate to,
    LocalDate calendarEnd,
    @Nullable Witness later,
    @Nullable Witness earlier) {

  /**
   * A start and the two due dates for it.
   *
   * @param start the start day
   * @param oldDue the old due day, or {@code null} after the range
   * @param newDue the new due day, or {@code null} after the range
   */
  record Witness(LocalDate start, @Nullable LocalDate oldDue, @Nullable LocalDate newDue) {}

  /** The answer: SAME, TIGHTER, LOOSER, or INDETERMINATE when mixed or nothing was compared. */
  Strictness strictness() {
    if (tighter + same + looser == 0 || (tighter > 0 && looser > 0)) {
      return Strictness.INDETERMINATE;
    }
    if (looser > 0) {
      return Strictness.LOOSER;
    }
    return tighter > 0 ? Strictness.TIGHTER : Strictness.SAME;
  }

  /** Whether no start could be compared. */
  boolean isEmpty() {
    return tighter + same + looser == 0;
  }

  /**
   * Compares at each start: every day of the range when {@code periods} is {@code null}, else every
   * last day of a period of that frequency inside the range.
   */
  static StartDateComparison of(
      CalendarIndex cal, @Nullable Frequency periods, DueFunction oldDue, DueFunction newDue) {
    int tighter = 0;
    int same = 0;
    int looser = 0;
    Witness later = null;
    Witness earlier = null;
    long first = next(cal.start(), periods);
    long last = first;
    for (long d = first; d <= cal.end(); d = next(d + 1, periods)) {
      long a = oldDue.apply(cal, d);
      long b = newDue.apply(cal, d);
      if (a == CalendarIndex.BEYOND && b == CalendarIndex.BEYOND) {
        break; // due functions never decrease: every later start is beyond as well
      }
      last = d;
      if (a == b) {
        same++;
      } else if (b < a) {
        tighter++;
        earlier = earlier == null ? witness(d, a, b) : earlier;
      } else {
        looser++;
        later = later == null ? witness(d, a, b) : later;
      }
    }
    return new StartDateComparison(
        tighter,
        same,
        looser,
        LocalDate.ofEpochDay(first),
        LocalDate.ofEpochDay(last),
        LocalDate.ofEpochDay(cal.end()),
        later,
        earlier);
  }

  /** The first start on or after {@code day}. */
  private static long next(long day, @Nullable Frequency periods) {
    return periods == null
        ? day
        : Periods.periodEnd(periods, LocalDate.ofEpochDay(day)).toEpochDay();
  }

  private static Witness witness(long start, long oldDue, long newDue) {
    return new Witness(LocalDate.ofEpochDay(start), date(oldDue), date(newDue));
  }

  private static @Nullable LocalDate date(long day) {
    return day == CalendarIndex.BEYOND ? null : LocalDate.ofEpochDay(day);
  }
}
