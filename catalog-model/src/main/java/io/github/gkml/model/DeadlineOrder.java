package io.github.gkml.model;

import io.github.gkml.model.internal.StrictnessRules;
import java.util.Objects;

/**
 * 时限宽严比较 — the strictness order of deadlines behind 公开时限只紧不松: whether a new deadline is at least as
 * strict as an old one for every possible start date.
 *
 * <p>The order is partial. It is reflexive (a deadline is {@link Strictness#SAME} as itself),
 * antisymmetric ({@code compare(b, a)} is the inverse of {@code compare(a, b)}) and transitive, and
 * decides as follows:
 *
 * <ul>
 *   <li><b>Same trigger and unit</b>: the amounts (10个工作日 is tighter than 20个工作日).
 *   <li><b>Different units</b> (工作日 against 日 or 个月): exactly, on the calendar — the two due dates
 *       are computed for every start date in the calendar's range, and the answer is TIGHTER or
 *       LOOSER only if it holds for all of them. n working days span far more than n calendar days
 *       around 春节 and 国庆, so 20个工作日 against 28日 is INDETERMINATE, and the result names the first
 *       start date for which the new deadline falls due later ({@link
 *       DeadlineComparison#breakingStart()}). A due date after the calendar's range counts as later
 *       than one inside it; starts where both are after it are not compared. These comparisons are
 *       cached per distinct pair (thread-safe, bounded), and one costs a single O(days) pass.
 *   <li><b>Hours</b> against days are compared at day granularity (the latest day the hours can
 *       end, see {@link DueDates}).
 *   <li><b>An extension</b> (可延长): both the ordinary and the longest period must be at least as
 *       strict.
 *   <li><b>实时</b> is tighter than any number of days, any frequency and 及时.
 *   <li><b>Periodic</b> deadlines: first how often (DAILY &lt; WEEKLY &lt; MONTHLY &lt; QUARTERLY
 *       &lt; HALF_YEARLY &lt; YEARLY — publishing more often is tighter, whatever the lateness); at
 *       the same frequency, how long after each period ends (季度结束后15日内, 每年1月31日前), compared exactly
 *       at every period end in the calendar's range. Custom intervals compare as periods; a
 *       frequency against an interval is INDETERMINATE.
 *   <li><b>Different triggers</b>, <b>及时 against a number</b>, <b>conditional deadlines whose
 *       conditions do not line up</b> (or a conditional against a plain deadline with other
 *       conditions): INDETERMINATE, unless the {@link StrictnessPolicy} says otherwise. Conditions
 *       line up when both list the same conditions (compared after folding spaces, width and
 *       punctuation); then clause is compared with clause. A plain deadline is one clause with no
 *       condition.
 *   <li><b>A periodic deadline against a period after an event</b>, <b>长期公开</b> against anything
 *       but itself, <b>text that could not be read</b> against anything but the same text:
 *       INDETERMINATE.
 *   <li><b>Display periods</b> ({@link #compareDisplay}) the other way round: a longer display
 *       period is stricter, 长期 the strictest.
 * </ul>
 *
 * <p>Display periods carried by deadlines are not part of {@link #compare}; compare them with
 * {@link #compareDisplay}. Immutable configuration; thread-safe.
 *
 * @since 0.1
 */
public final class DeadlineOrder {

  private final WorkingCalendar calendar;
  private final StrictnessPolicy policy;
  private final StrictnessRules rules;

  private DeadlineOrder(WorkingCalendar calendar, StrictnessPolicy policy) {
    this.calendar = calendar;
    this.policy = policy;
    this.rules = new StrictnessRules(calendar.index(), policy);
  }

  /** The order on a calendar with {@link StrictnessPolicy#defaults()}. */
  public static DeadlineOrder of(WorkingCalendar calendar) {
    return of(calendar, StrictnessPolicy.defaults());
  }

  /** The order on a calendar with a policy for the cases the law does not decide. */
  public static DeadlineOrder of(WorkingCalendar calendar, StrictnessPolicy policy) {
    return new DeadlineOrder(
        Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(policy, "policy"));
  }

  /** The calendar compared on. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The policy for the undecided cases. */
  public StrictnessPolicy policy() {
    return policy;
  }

  /**
   * How strict {@code newer} is against {@code older}: {@link Strictness#TIGHTER} means the new
   * deadline is at least as strict for every start date and stricter for some.
   */
  public DeadlineComparison compare(Deadline older, Deadline newer) {
    return rules.compare(
        Objects.requireNonNull(older, "older"), Objects.requireNonNull(newer, "newer"));
  }

  /**
   * How strict a period of {@code newer} is against one of {@code older} after the same trigger.
   */
  public DeadlineComparison compareSpans(TimeSpan older, TimeSpan newer) {
    return rules.compareSpans(
        Objects.requireNonNull(older, "older"), Objects.requireNonNull(newer, "newer"));
  }

  /**
   * How strict a display period is against another: {@link Strictness#TIGHTER} when the new one
   * keeps the item displayed at least as long for every publication date, and longer for some.
   */
  public DeadlineComparison compareDisplay(DisplayPeriod older, DisplayPeriod newer) {
    return rules.compareDisplay(
        Objects.requireNonNull(older, "older"), Objects.requireNonNull(newer, "newer"));
  }
}
