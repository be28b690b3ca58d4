package io.github.gkml.model.internal;

import io.github.gkml.model.Frequency;
import io.github.gkml.model.PeriodUnit;
import io.github.gkml.model.TimeSpan;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How periods are counted, on epoch days, following the law:
 *
 * <ul>
 *   <li>a period in days or months starts the day after the trigger (民法典 第二百零一条);
 *   <li>{@link PeriodUnit#WORKING_DAYS}: the n-th working day after the trigger;
 *   <li>{@link PeriodUnit#CALENDAR_DAYS}: the trigger plus n days, moved to the next working day
 *       when that is a rest day (第二百零三条);
 *   <li>{@link PeriodUnit#MONTHS}: the same day of the month n months later, or that month's last
 *       day when it has no such day (第二百零二条), then moved like calendar days;
 *   <li>{@link PeriodUnit#HOURS}: counted continuously from the end of the trigger day — the latest
 *       the period can end when the trigger's time is not known — and never moved.
 * </ul>
 *
 * <p>Every operation is O(1) (a few array lookups, or one {@code plusMonths}).
 */
public final class Periods {

  private Periods() {}

  /** The last day of a period of {@code span} triggered on {@code day}. */
  public static long end(CalendarIndex cal, TimeSpan span, long day) {
    int n = span.amount();
    return switch (span.unit()) {
      case WORKING_DAYS -> cal.plusWorkingDays(day, n);
      case CALENDAR_DAYS -> cal.onOrAfter(day + n);
      case MONTHS -> cal.onOrAfter(plusMonths(day, n));
      case HOURS -> day + hoursInDays(n);
    };
  }

  /**
   * The day the period would end on before 第二百零三条 moves it: the trigger plus the days or months
   * ({@code end} itself for working days and hours).
   */
  public static long nominalEnd(CalendarIndex cal, TimeSpan span, long day) {
    return switch (span.unit()) {
      case CALENDAR_DAYS -> day + span.amount();
      case MONTHS -> plusMonths(day, span.amount());
      default -> end(cal, span, day);
    };
  }

  /**
   * The first day whose working-day status the period's end depends on: the day after the trigger
   * for working days, the nominal end for calendar days and months; {@code Long.MAX_VALUE}
   * (nothing) for hours and for zero working days.
   */
  public static long firstConsulted(TimeSpan span, long day, long nominalEnd) {
    return switch (span.unit()) {
      case WORKING_DAYS -> span.amount() == 0 ? Long.MAX_VALUE : day + 1;
      case CALENDAR_DAYS, MONTHS -> nominalEnd;
      case HOURS -> Long.MAX_VALUE;
    };
  }

  /** Whole days a period of {@code hours} can reach past its trigger day: ceil(hours / 24). */
  public static long hoursInDays(int hours) {
    return (hours + 23L) / 24;
  }

  /**
   * The last day of a chain of periods, each counted from the end of the one before (a period and
   * its extension), or {@link CalendarIndex#BEYOND} when it falls after the calendar's range.
   */
  public static long endWithin(CalendarIndex cal, List<TimeSpan> chain, long day) {
    long d = day;
    for (TimeSpan span : chain) {
      d = end(cal, span, d);
      if (d > cal.end()) {
        return CalendarIndex.BEYOND;
      }
    }
    return d > cal.end() ? CalendarIndex.BEYOND : d;
  }

  /** The last day of the period of {@code frequency} that contains {@code day}. */
  public static LocalDate periodEnd(Frequency frequency, LocalDate day) {
    return switch (frequency) {
      case DAILY -> day;
      case WEEKLY -> day.plusDays(7L - day.getDayOfWeek().getValue());
      case MONTHLY -> day.with(TemporalAdjusters.lastDayOfMonth());
      case QUARTERLY -> quarterEnd(day);
      case HALF_YEARLY ->
          LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 6 : 12, 1)
              .with(TemporalAdjusters.lastDayOfMonth());
      case YEARLY -> LocalDate.of(day.getYear(), 12, 31);
    };
  }

  private static LocalDate quarterEnd(LocalDate day) {
    int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
    return LocalDate.of(day.getYear(), quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
  }

  /** The first {@code dueBy} day after {@code periodEnd} (每年1月31日前 after the year ends). */
  public static LocalDate nextOccurrence(MonthDay dueBy, LocalDate periodEnd) {
    LocalDate candidate = dueBy.atYear(periodEnd.getYear());
    return candidate.isAfter(periodEnd) ? candidate : dueBy.atYear(periodEnd.getYear() + 1);
  }

  /**
   * The last day of a periodic deadline's period after it ends: the offset counted from the
   * period's last day, the first {@code dueBy} day after it, the earlier of the two when both are
   * given, or the period's last day itself.
   */
  public static long lateness(
      CalendarIndex cal, @Nullable TimeSpan offset, @Nullable MonthDay dueBy, long periodEnd) {
    long byOffset = offset == null ? periodEnd : end(cal, offset, periodEnd);
    if (dueBy == null) {
      return byOffset;
    }
    long byDay = nextOccurrence(dueBy, LocalDate.ofEpochDay(periodEnd)).toEpochDay();
    return offset == null ? byDay : Math.min(byOffset, byDay);
  }

  private static long plusMonths(long day, int months) {
    return LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay();
  }
}
