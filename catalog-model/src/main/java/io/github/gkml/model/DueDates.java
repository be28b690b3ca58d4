package io.github.gkml.model;

import io.github.gkml.model.internal.CalendarIndex;
import io.github.gkml.model.internal.Periods;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 到期日计算 — when a {@link Deadline} falls due, counted the way the law counts, on a {@link
 * WorkingCalendar}.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li><b>The trigger day is not counted</b> (民法典 第二百零一条): a period of days or months starts on
 *       the day after the trigger — after the day information is formed, a decision made, an
 *       application received. A trigger on a holiday is no different.
 *   <li><b>Working days</b> (工作日): the n-th working day after the trigger. Weekends and 法定节假日 are
 *       skipped; a 调休 Saturday or Sunday worked is a working day and is counted.
 *   <li><b>Calendar days</b> (日, 天): the trigger plus n days; when that day is a rest day — a
 *       weekend or a holiday, but not a 调休 Saturday worked — the period ends on the next working
 *       day (第二百零三条). {@link DueDate.On#rolledFrom()} says when this happened.
 *   <li><b>Months</b> (个月): the same day of the month n months later, or that month's last day when
 *       it has none (第二百零二条: 1月31日 plus one month is 2月28日 or 29日), then moved like calendar days.
 *   <li><b>Hours</b> (小时): run day and night through weekends and holidays, and are never moved. A
 *       date has no time, so they are counted from the end of the trigger day: the result is the
 *       latest day the period can end, marked {@link DueDate.Assumption#TRIGGER_AT_END_OF_DAY}
 *       unless the hours are whole days.
 *   <li><b>Extensions</b> (可延长7个工作日) are counted from the end of the ordinary period and reported
 *       as {@link DueDate.On#extendedDate()}; the due date is the ordinary one.
 *   <li><b>实时</b>: due on the trigger day itself.
 *   <li><b>Periodic</b> deadlines: the trigger is any day of the period whose publication is due (a
 *       day of the quarter being reported). Without more, due on the period's last day (weeks end
 *       on Sunday, quarters on 3月31日, 6月30日, 9月30日, 12月31日, half-years on 6月30日 and 12月31日); with
 *       an offset (季度结束后15日内), the offset counted from that last day by the rules above; with a
 *       fixed day (每年1月31日前), the first such day after the period ends, not moved (a named date is
 *       not a period); with both, the earlier. A custom interval without a frequency (每20个工作日更新) is
 *       counted from the trigger, the previous update.
 *   <li><b>Conditional</b> deadlines: one result per clause ({@link DueDate.PerClause}).
 *   <li><b>及时, 长期公开 and unread text</b> have no due date: {@link DueDate.None} with the reason.
 *   <li><b>Display periods</b> (公示7个工作日): counted from the publication day like a deadline; the
 *       result is the last day the item must still be displayed. A 7-day display published on 10月1日
 *       stays up through 10月8日 (or the next working day if that is a rest day).
 * </ul>
 *
 * <p>Days outside the calendar's range fail with {@link CalendarCoverageException} naming the year,
 * unless the calendar allows the weekends-only assumption; results that used it say so ({@link
 * DueDate#isApproximate()}). Periods that need no calendar facts (hours, fixed days, period ends)
 * work for any year. Every computation is O(1). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DueDates {

  private final WorkingCalendar calendar;
  private final CalendarIndex cal;

  private DueDates(WorkingCalendar calendar) {
    this.calendar = calendar;
    this.cal = calendar.index();
  }

  /** Due dates on the given calendar. */
  public static DueDates of(WorkingCalendar calendar) {
    return new DueDates(Objects.requireNonNull(calendar, "calendar"));
  }

  /** The calendar counted on. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * The due date of a deadline triggered on {@code trigger}.
   *
   * @throws CalendarCoverageException if the count needs a day outside the calendar and the
   *     weekends-only assumption is not allowed
   */
  public DueDate due(Deadline deadline, LocalDate trigger) {
    Objects.requireNonNull(trigger, "trigger");
    if (deadline instanceof Deadline.Within w) {
      return within(w.span(), w.extension(), trigger);
    }
    if (deadline instanceof Deadline.Periodic p) {
      return periodic(p, trigger);
    }
    if (deadline instanceof Deadline.Realtime) {
      return new DueDate.On(trigger, trigger, null, null, Set.of());
    }
    if (deadline instanceof Deadline.Conditional c) {
      return perClause(c, trigger);
    }
    DueDate.Reason reason =
        deadline instanceof Deadline.Prompt
            ? DueDate.Reason.PROMPT
            : deadline instanceof Deadline.Ongoing
                ? DueDate.Reason.ONGOING
                : DueDate.Reason.UNPARSED;
    return new DueDate.None(trigger, reason);
  }

  /**
   * The last day of a period of {@code span} triggered on {@code trigger}.
   *
   * @throws CalendarCoverageException as for {@link #due(Deadline, LocalDate)}
   */
  public DueDate.On due(TimeSpan span, LocalDate trigger) {
    return within(span, null, trigger);
  }

  /**
   * The last day an item published on {@code publishedOn} must still be displayed: {@link
   * DueDate.None} for 长期 ({@link DueDate.Reason#DISPLAYED_INDEFINITELY}) and for text that could
   * not be read.
   *
   * @throws CalendarCoverageException as for {@link #due(Deadline, LocalDate)}
   */
  public DueDate lastDisplayDay(DisplayPeriod period, LocalDate publishedOn) {
    TimeSpan length = period.length();
    if (length != null) {
      return within(length, null, publishedOn);
    }
    return new DueDate.None(
        publishedOn,
        period.ongoing() ? DueDate.Reason.DISPLAYED_INDEFINITELY : DueDate.Reason.DISPLAY_UNPARSED);
  }

  private DueDate.On within(TimeSpan span, @Nullable TimeSpan extension, LocalDate trigger) {
    Set<DueDate.Assumption> assumptions = EnumSet.noneOf(DueDate.Assumption.class);
    long day = trigger.toEpochDay();
    long end = count(span, day, assumptions);
    long nominal = Periods.nominalEnd(cal, span, day);
    LocalDate extended = null;
    if (extension != null) {
      extended = LocalDate.ofEpochDay(count(extension, end, assumptions));
    }
    return new DueDate.On(
        trigger,
        LocalDate.ofEpochDay(end),
        nominal == end ? null : LocalDate.ofEpochDay(nominal),
        extended,
        assumptions);
  }

  private long count(TimeSpan span, long day, Set<DueDate.Assumption> assumptions) {
    long end = Periods.end(cal, span, day);
    long first = Periods.firstConsulted(span, day, Periods.nominalEnd(cal, span, day));
    if (cal.requireCovered(first, end, false)) {
      assumptions.add(DueDate.Assumption.WEEKENDS_ONLY_OUTSIDE_CALENDAR);
    }
    if (span.unit() == PeriodUnit.HOURS && span.amount() % 24 != 0) {
      assumptions.add(DueDate.Assumption.TRIGGER_AT_END_OF_DAY);
    }
    return end;
  }

  private DueDate.On periodic(Deadline.Periodic p, LocalDate trigger) {
    Frequency frequency = p.frequency();
    TimeSpan interval = p.interval();
    if (frequency == null) {
      return within(Objects.requireNonNull(interval, "interval"), null, trigger);
    }
    LocalDate periodEnd = Periods.periodEnd(frequency, trigger);
    TimeSpan offset = p.offset();
    MonthDay dueBy = p.dueBy();
    Set<DueDate.Assumption> assumptions = EnumSet.noneOf(DueDate.Assumption.class);
    long end = periodEnd.toEpochDay();
    LocalDate rolledFrom = null;
    if (offset != null) {
      long nominal = Periods.nominalEnd(cal, offset, end);
      long counted = count(offset, end, assumptions);
      rolledFrom = nominal == counted ? null : LocalDate.ofEpochDay(nominal);
      end = counted;
    }
    if (dueBy != null) {
      long fixed = Periods.nextOccurrence(dueBy, periodEnd).toEpochDay();
      if (offset == null || fixed < end) {
        end = fixed;
        rolledFrom = null;
      }
    }
    return new DueDate.On(trigger, LocalDate.ofEpochDay(end), rolledFrom, null, assumptions);
  }

  private DueDate.PerClause perClause(Deadline.Conditional c, LocalDate trigger) {
    List<DueDate.ClauseDue> clauses = new ArrayList<>(c.clauses().size());
    for (Deadline.Clause clause : c.clauses()) {
      clauses.add(new DueDate.ClauseDue(clause.when(), due(clause.deadline(), trigger)));
    }
    return new DueDate.PerClause(trigger, clauses);
  }
}
