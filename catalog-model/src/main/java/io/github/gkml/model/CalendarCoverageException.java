package io.github.gkml.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 日历未覆盖 — a computation needed a day that the {@link WorkingCalendar} does not know (its year's
 * holiday notice is not in the calendar), and the weekends-only assumption was not allowed.
 *
 * <p>The message names the uncovered year in Chinese and English. Add the year's notice to the
 * calendar ({@link WorkingCalendar#withAdjustments(CharSequence)}), or allow the assumption
 * explicitly with {@link WorkingCalendar#withOutsideCoverage(WorkingCalendar.OutsideCoverage)}.
 *
 * @since 0.1
 */
public final class CalendarCoverageException extends DateTimeException {

  private static final long serialVersionUID = 1L;

  private final String calendarName;
  private final LocalDate date;
  private final LocalDate coverageStart;
  private final LocalDate coverageEnd;

  /**
   * Creates the exception.
   *
   * @param calendarName the calendar's name
   * @param date the first uncovered day the computation reached
   * @param coverageStart the first day the calendar covers
   * @param coverageEnd the last day the calendar covers
   */
  public CalendarCoverageException(
      String calendarName, LocalDate date, LocalDate coverageStart, LocalDate coverageEnd) {
    super(message(calendarName, date, coverageStart, coverageEnd));
    this.calendarName = Objects.requireNonNull(calendarName, "calendarName");
    this.date = date;
    this.coverageStart = coverageStart;
    this.coverageEnd = coverageEnd;
  }

  private static String message(String name, LocalDate date, LocalDate start, LocalDate end) {
    int year = date.getYear();
    return "工作日历“"
        + name
        + "”没有"
        + year
        + "年的节假日安排（覆盖"
        + start
        + "至"
        + end
        + "）; the working-day calendar "
        + name
        + " has no holiday data for "
        + year
        + " (it covers "
        + start
        + ".."
        + end
        + ", needed "
        + date
        + "): add that year's notice, or allow the weekends-only assumption explicitly";
  }

  /** The uncovered year: the year of {@link #date()}. */
  public int year() {
    return date.getYear();
  }

  /** The first uncovered day the computation reached. */
  public LocalDate date() {
    return date;
  }

  /** The name of the calendar. */
  public String calendarName() {
    return calendarName;
  }

  /** The first day the calendar covers. */
  public LocalDate coverageStart() {
    return coverageStart;
  }

  /** The last day the calendar covers. */
  public LocalDate coverageEnd() {
    return coverageEnd;
  }
}
