package io.github.gkml.model;

import io.github.gkml.model.internal.CalendarIndex;
import io.github.gkml.model.internal.CalendarText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 工作日历 — which days are 工作日 (working days): Monday to Friday, except the 法定节假日 (statutory holidays)
 * of the State Council's annual notices, plus the Saturdays and Sundays worked in their place
 * (调休上班).
 *
 * <p>{@link #china()} is the national calendar from 2006-12-30 to 2026-12-31. A calendar only knows
 * the years whose notices it holds: asking about another date throws a {@link
 * CalendarCoverageException} that names the year, unless {@link
 * #withOutsideCoverage(OutsideCoverage)} explicitly allows assuming ordinary weekends there (the
 * due dates computed then say so, see {@link DueDate.Assumption}).
 *
 * <p>Regional calendars (民族自治地方 with their own holidays) and years not yet in the library are data,
 * in a small text format ({@code gkml-calendar/1}):
 *
 * <pre>
 * gkml-calendar/1
 * # comments start with #
 * name 全国
 * covers 2006-12-30..2026-12-31
 * 2025 off 01-01 01-28..02-04 04-04..04-06 work 01-26 02-08 04-27
 * </pre>
 *
 * <p>A line starting with a year lists that year's days as {@code MM-DD} or {@code MM-DD..MM-DD}
 * ranges after {@code off} (rest days) or {@code work} (working days). Days not listed follow the
 * Monday–Friday pattern; listing a weekend inside a holiday as {@code off} is allowed and changes
 * nothing. {@code covers} is the range the calendar knows. Load a whole calendar with {@link
 * #parse(CharSequence)} or {@link #load(Path)}; add days to a calendar (a region's extra holidays,
 * next year's notice) with {@link #withAdjustments(CharSequence)}, {@link #withRestDays} and {@link
 * #withWorkingDays}.
 *
 * <p>All arithmetic is O(1) after loading: a prefix count of working days and the list of working
 * days are looked up, never walked day by day. Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WorkingCalendar {

  private static final String CHINA_RESOURCE = "china-national-calendar.txt";

  /**
   * 日历范围外 — what to do with a day outside the calendar's covered range.
   *
   * @since 0.1
   */
  public enum OutsideCoverage {
    /** Throw a {@link CalendarCoverageException} naming the uncovered year (the default). */
    FAIL,
    /**
     * Assume the ordinary Monday–Friday pattern with no holidays; results that rely on it carry
     * {@link DueDate.Assumption#WEEKENDS_ONLY_OUTSIDE_CALENDAR}.
     */
    ASSUME_WEEKENDS_ONLY
  }

  private final CalendarIndex index;

  private WorkingCalendar(CalendarIndex index) {
    this.index = index;
  }

  /**
   * The national calendar of the People's Republic of China: the statutory holidays and make-up
   * working days of the State Council's notices for 2007–2026 (with 2006-12-30/31, announced in the
   * 2007 notice), from NateScarlet/holiday-cn (MIT licence). Outside that range it fails.
   */
  public static WorkingCalendar china() {
    return China.CALENDAR;
  }

  /**
   * Reads a whole calendar in the {@code gkml-calendar/1} format; it needs a {@code name} and a
   * {@code covers} line.
   *
   * @throws CalendarFormatException if the text is not in the format, naming the line
   */
  public static WorkingCalendar parse(CharSequence text) {
    return fromText(text, "<text>");
  }

  /**
   * Reads a whole calendar from a UTF-8 file in the {@code gkml-calendar/1} format.
   *
   * @throws IOException if the file cannot be read
   * @throws CalendarFormatException if the text is not in the format, naming the file and line
   */
  public static WorkingCalendar load(Path file) throws IOException {
    return fromText(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  private static WorkingCalendar fromText(CharSequence text, String source) {
    CalendarText.Parsed parsed = CalendarText.parse(text, source);
    String name = parsed.name();
    LocalDate first = parsed.first();
    LocalDate last = parsed.last();
    if (name == null) {
      throw new CalendarFormatException(source, 0, "a calendar needs a name line");
    }
    if (first == null || last == null) {
      throw new CalendarFormatException(source, 0, "a calendar needs a covers line");
    }
    boolean[] working = ordinaryWeeks(first, last);
    apply(working, first, parsed.listed());
    return new WorkingCalendar(CalendarIndex.of(name, first, working));
  }

  /** The calendar's name, e.g. 全国. */
  public String name() {
    return index.name();
  }

  /** The first day the calendar knows. */
  public LocalDate coverageStart() {
    return LocalDate.ofEpochDay(index.start());
  }

  /** The last day the calendar knows. */
  public LocalDate coverageEnd() {
    return LocalDate.ofEpochDay(index.end());
  }

  /** Whether the calendar knows this day. */
  public boolean covers(LocalDate date) {
    long day = date.toEpochDay();
    return index.covers(day, day);
  }

  /**
   * What the calendar does with days outside its range; {@link OutsideCoverage#FAIL} unless set.
   */
  public OutsideCoverage outsideCoverage() {
    return index.weekendsOnlyOutside()
        ? OutsideCoverage.ASSUME_WEEKENDS_ONLY
        : OutsideCoverage.FAIL;
  }

  /** The same calendar with another policy for days outside its range. */
  public WorkingCalendar withOutsideCoverage(OutsideCoverage policy) {
    Objects.requireNonNull(policy, "policy");
    return new WorkingCalendar(
        index.withWeekendsOnlyOutside(policy == OutsideCoverage.ASSUME_WEEKENDS_ONLY));
  }

  /**
   * Whether the day is a 工作日. A 调休 Saturday or Sunday worked is one; a holiday on a weekday is not.
   *
   * @throws CalendarCoverageException if the day is outside the range and that is not allowed
   */
  public boolean isWorkingDay(LocalDate date) {
    long day = date.toEpochDay();
    index.requireCovered(day, day, false);
    return index.isWorking(day);
  }

  /**
   * The day moved by {@code n} working days: for {@code n > 0} the n-th working day after it (the
   * day itself is not counted, whether or not it is a working day), for {@code n < 0} the n-th
   * working day before it, for {@code n == 0} the day itself.
   *
   * @throws CalendarCoverageException if the days counted leave the range and that is not allowed
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    long day = date.toEpochDay();
    long result = index.plusWorkingDays(day, n);
    if (n > 0) {
      index.requireCovered(day + 1, result, false);
    } else if (n < 0) {
      index.requireCovered(result, day - 1, true);
    }
    return LocalDate.ofEpochDay(result);
  }

  /**
   * 第n个工作日 — the n-th working day after the day, which itself is not counted (民法典 第二百零一条): the last
   * day of a period of {@code n} working days triggered on {@code date}.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws CalendarCoverageException if the days counted leave the range and that is not allowed
   */
  public LocalDate workingDayAfter(LocalDate date, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + n);
    }
    return plusWorkingDays(date, n);
  }

  /** The first working day after the day. */
  public LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /**
   * The day itself if it is a working day, else the first working day after it: where a period
   * whose last day is a rest day ends (民法典 第二百零三条).
   *
   * @throws CalendarCoverageException if the days looked at leave the range and that is not allowed
   */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    long day = date.toEpochDay();
    long result = index.onOrAfter(day);
    index.requireCovered(day, result, false);
    return LocalDate.ofEpochDay(result);
  }

  /**
   * The number of working days in {@code (from, to]}, negative when {@code to} is before {@code
   * from}: how many working days of a period triggered on {@code from} have passed by the end of
   * {@code to}.
   *
   * @throws CalendarCoverageException if the days counted leave the range and that is not allowed
   */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    long a = from.toEpochDay();
    long b = to.toEpochDay();
    index.requireCovered(Math.min(a, b) + 1, Math.max(a, b), false);
    return index.between(a, b);
  }

  /**
   * This calendar with more rest days (a region's own holidays). The days must be in the covered
   * range; they win over the calendar's listing.
   *
   * @throws IllegalArgumentException if a day is outside the range
   */
  public WorkingCalendar withRestDays(Collection<LocalDate> days) {
    return withDays(days, false);
  }

  /**
   * This calendar with more working days (a region's own make-up days). The days must be in the
   * covered range; they win over the calendar's listing.
   *
   * @throws IllegalArgumentException if a day is outside the range
   */
  public WorkingCalendar withWorkingDays(Collection<LocalDate> days) {
    return withDays(days, true);
  }

  private WorkingCalendar withDays(Collection<LocalDate> days, boolean working) {
    boolean[] pattern = index.pattern();
    LocalDate first = coverageStart();
    for (LocalDate d : days) {
      if (!covers(d)) {
        throw new IllegalArgumentException(
            d + " is outside the calendar " + name() + " (" + first + ".." + coverageEnd() + ")");
      }
      pattern[(int) (d.toEpochDay() - index.start())] = working;
    }
    return rebuilt(name(), first, pattern);
  }

  /**
   * This calendar with the days of a supplement in the {@code gkml-calendar/1} format: a region's
   * extra holidays, or the next year's notice. The supplement's {@code name} and {@code covers}
   * lines are optional. Without {@code covers} its days must lie in this calendar's range; with it,
   * the range grows to include it (the two ranges must overlap or touch), and days it covers that
   * this calendar did not follow the Monday–Friday pattern except where listed. Listed days win
   * over this calendar's; a supplement's name is appended to this one's ({@code 全国+某自治州}).
   *
   * @throws CalendarFormatException if the text is not in the format, or a day falls outside both
   *     ranges, or the ranges do not meet
   */
  public WorkingCalendar withAdjustments(CharSequence text) {
    return adjusted(text, "<text>");
  }

  /**
   * {@link #withAdjustments(CharSequence)} with a UTF-8 file.
   *
   * @throws IOException if the file cannot be read
   * @throws CalendarFormatException as for {@link #withAdjustments(CharSequence)}
   */
  public WorkingCalendar withAdjustmentsFrom(Path file) throws IOException {
    return adjusted(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  private WorkingCalendar adjusted(CharSequence text, String source) {
    CalendarText.Parsed parsed = CalendarText.parse(text, source);
    LocalDate first = coverageStart();
    LocalDate last = coverageEnd();
    LocalDate from = parsed.first();
    LocalDate to = parsed.last();
    if (from != null && to != null) {
      if (from.isAfter(last.plusDays(1)) || to.isBefore(first.minusDays(1))) {
        throw new CalendarFormatException(
            source, 0, "covers " + from + ".." + to + " does not meet " + first + ".." + last);
      }
      first = from.isBefore(first) ? from : first;
      last = to.isAfter(last) ? to : last;
    }
    boolean[] working = ordinaryWeeks(first, last);
    boolean[] own = index.pattern();
    System.arraycopy(own, 0, working, (int) (index.start() - first.toEpochDay()), own.length);
    for (LocalDate d : parsed.listed().keySet()) {
      if (d.isBefore(first) || d.isAfter(last)) {
        throw new CalendarFormatException(
            source, 0, d + " is outside the calendar's range " + first + ".." + last);
      }
    }
    apply(working, first, parsed.listed());
    String extra = parsed.name();
    String name = extra == null || extra.equals(name()) ? name() : name() + "+" + extra;
    return rebuilt(name, first, working);
  }

  private WorkingCalendar rebuilt(String name, LocalDate first, boolean[] working) {
    return new WorkingCalendar(
        CalendarIndex.of(name, first, working)
            .withWeekendsOnlyOutside(index.weekendsOnlyOutside()));
  }

  /**
   * The calendar in the {@code gkml-calendar/1} format: {@code parse(c.toText())} equals {@code c}
   * (apart from {@link #outsideCoverage()}, which is not data). Rest days are written as the runs
   * of rest days that hold a Monday–Friday holiday, working days as the weekend days worked.
   */
  public String toText() {
    return CalendarText.write(name(), coverageStart(), index.pattern());
  }

  /** The arithmetic behind this calendar, for the due-date and strictness services. */
  CalendarIndex index() {
    return index;
  }

  private static boolean[] ordinaryWeeks(LocalDate first, LocalDate last) {
    long start = first.toEpochDay();
    int n = Math.toIntExact(last.toEpochDay() - start + 1);
    boolean[] working = new boolean[n];
    for (int i = 0; i < n; i++) {
      working[i] = Math.floorMod(start + i - 4, 7) < 5; // epoch day 4 is a Monday
    }
    return working;
  }

  private static void apply(boolean[] working, LocalDate first, Map<LocalDate, Boolean> listed) {
    long start = first.toEpochDay();
    listed.forEach((d, w) -> working[(int) (d.toEpochDay() - start)] = w);
  }

  /**
   * Two calendars are equal when they have the same name, range, working days and policy outside
   * the range.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WorkingCalendar other && index.equals(other.index);
  }

  @Override
  public int hashCode() {
    return index.hashCode();
  }

  /** The name and range, e.g. {@code WorkingCalendar[全国 2006-12-30..2026-12-31]}. */
  @Override
  public String toString() {
    return "WorkingCalendar[" + name() + " " + coverageStart() + ".." + coverageEnd() + "]";
  }

  /** Loads the national calendar once, on first use. */
  private static final class China {
    static final WorkingCalendar CALENDAR = loadChina();

    private static WorkingCalendar loadChina() {
      try (InputStream in = WorkingCalendar.class.getResourceAsStream(CHINA_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + CHINA_RESOURCE);
        }
        return fromText(new String(in.readAllBytes(), StandardCharsets.UTF_8), CHINA_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
