package io.github.gkml.model.internal;

import io.github.gkml.model.CalendarCoverageException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of a working-day calendar over epoch days, in O(1) per operation.
 *
 * <p>Inside the covered range a prefix count {@code cum[i]} (working days in the first {@code i}
 * days) and the list of working days {@code work[k]} answer "how many working days up to a day" and
 * "which day is the k-th working day" by array lookup. Outside the range the same two functions
 * continue with the ordinary Monday–Friday pattern in closed form; callers decide, through {@link
 * #requireCovered}, whether they may use those days. Immutable and thread-safe: the arrays are
 * never exposed or changed.
 */
public final class CalendarIndex {

  /** A day after the covered range, as the result of a function evaluated only on the range. */
  public static final long BEYOND = Long.MAX_VALUE;

  /** Epoch day 4 is Monday 1970-01-05. */
  private static final long MONDAY = 4;

  private final String name;
  private final long start;
  private final long end;
  private final int[] cum;
  private final int[] work;
  private final boolean weekendsOnlyOutside;

  private CalendarIndex(
      String name, long start, long end, int[] cum, int[] work, boolean weekendsOnlyOutside) {
    this.name = name;
    this.start = start;
    this.end = end;
    this.cum = cum;
    this.work = work;
    this.weekendsOnlyOutside = weekendsOnlyOutside;
  }

  /**
   * Builds the index.
   *
   * @param name the calendar's name, for messages
   * @param first the first covered day
   * @param working {@code working[i]} tells whether day {@code first + i} is a working day
   */
  public static CalendarIndex of(String name, LocalDate first, boolean[] working) {
    int n = working.length;
    if (n == 0) {
      throw new IllegalArgumentException("a calendar covers at least one day");
    }
    int[] cum = new int[n + 1];
    int total = 0;
    for (int i = 0; i < n; i++) {
      cum[i] = total;
      if (working[i]) {
        total++;
      }
    }
    cum[n] = total;
    int[] work = new int[total];
    for (int i = 0, k = 0; i < n; i++) {
      if (working[i]) {
        work[k++] = i;
      }
    }
    long start = first.toEpochDay();
    return new CalendarIndex(name, start, start + n - 1, cum, work, false);
  }

  /** The same calendar with another policy for days outside the covered range. */
  public CalendarIndex withWeekendsOnlyOutside(boolean weekendsOnly) {
    return weekendsOnly == weekendsOnlyOutside
        ? this
        : new CalendarIndex(name, start, end, cum, work, weekendsOnly);
  }

  /** The same days under another name. */
  public CalendarIndex withName(String newName) {
    return new CalendarIndex(newName, start, end, cum, work, weekendsOnlyOutside);
  }

  public String name() {
    return name;
  }

  public long start() {
    return start;
  }

  public long end() {
    return end;
  }

  public boolean weekendsOnlyOutside() {
    return weekendsOnlyOutside;
  }

  /** The working-day pattern of the covered range, one entry per day. */
  public boolean[] pattern() {
    boolean[] working = new boolean[cum.length - 1];
    for (int i : work) {
      working[i] = true;
    }
    return working;
  }

  /** Whether every day of {@code [from, to]} is covered; an empty range is. */
  public boolean covers(long from, long to) {
    return from > to || (from >= start && to <= end);
  }

  /**
   * Checks that the days a computation consulted, {@code [from, to]}, are covered, unless the
   * weekends-only assumption is allowed.
   *
   * @param backward whether the computation travelled backwards in time, which decides which
   *     uncovered day is named: the first one the computation reached
   * @return whether the weekends-only assumption was used
   * @throws CalendarCoverageException if a day is not covered and the assumption is not allowed
   */
  public boolean requireCovered(long from, long to, boolean backward) {
    if (covers(from, to)) {
      return false;
    }
    if (weekendsOnlyOutside) {
      return true;
    }
    long uncovered;
    if (backward) {
      uncovered = to > end ? to : Math.min(to, start - 1);
    } else {
      uncovered = from < start ? from : Math.max(from, end + 1);
    }
    throw new CalendarCoverageException(
        name,
        LocalDate.ofEpochDay(uncovered),
        LocalDate.ofEpochDay(start),
        LocalDate.ofEpochDay(end));
  }

  /** Whether {@code day} is a working day; outside the range, whether it is Monday–Friday. */
  public boolean isWorking(long day) {
    if (day >= start && day <= end) {
      int i = (int) (day - start);
      return cum[i + 1] != cum[i];
    }
    return Math.floorMod(day - MONDAY, 7) < 5;
  }

  /**
   * The number of working days in {@code [start, day]}: a non-decreasing function that grows by one
   * on each working day (zero or negative before the range).
   */
  public long count(long day) {
    if (day < start) {
      return weekdaysUpTo(day) - weekdaysUpTo(start - 1);
    }
    if (day > end) {
      return cum[cum.length - 1] + weekdaysUpTo(day) - weekdaysUpTo(end);
    }
    return cum[(int) (day - start) + 1];
  }

  /** The working day {@code x} with {@code count(x) == k}: the inverse of {@link #count}. */
  public long nth(long k) {
    int total = work.length;
    if (k <= 0) {
      return kthWeekday(k + weekdaysUpTo(start - 1));
    }
    if (k > total) {
      return kthWeekday(k - total + weekdaysUpTo(end));
    }
    return start + work[(int) (k - 1)];
  }

  /**
   * {@code day} moved by {@code n} working days: forward to the n-th working day after it, backward
   * to the n-th before it; {@code day} itself when {@code n == 0}.
   */
  public long plusWorkingDays(long day, long n) {
    if (n == 0) {
      return day;
    }
    return n > 0 ? nth(count(day) + n) : nth(count(day - 1) + n + 1);
  }

  /** {@code day} if it is a working day, else the first working day after it. */
  public long onOrAfter(long day) {
    return nth(count(day - 1) + 1);
  }

  /** The number of working days in {@code (from, to]}; negative when {@code to < from}. */
  public long between(long from, long to) {
    return count(to) - count(from);
  }

  /** Monday–Friday days up to {@code day}, counted from a fixed Monday (any origin would do). */
  static long weekdaysUpTo(long day) {
    long e = day - MONDAY;
    return Math.floorDiv(e, 7) * 5 + Math.min(Math.floorMod(e, 7) + 1, 5);
  }

  /** The smallest day with {@code weekdaysUpTo(day) >= k}, which is a Monday–Friday day. */
  static long kthWeekday(long k) {
    return MONDAY + Math.floorDiv(k - 1, 5) * 7 + Math.floorMod(k - 1, 5);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CalendarIndex other
        && name.equals(other.name)
        && start == other.start
        && end == other.end
        && weekendsOnlyOutside == other.weekendsOnlyOutside
        && Arrays.equals(cum, other.cum);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, start, end, weekendsOnlyOutside, Arrays.hashCode(cum));
  }
}
