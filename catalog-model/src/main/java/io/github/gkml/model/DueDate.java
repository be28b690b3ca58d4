package io.github.gkml.model;

import io.github.gkml.model.internal.TimeMessages;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 到期日 — the result of counting a {@link Deadline} (or a {@link DisplayPeriod}) from a date, as
 * computed by {@link DueDates}: a day ({@link On}), no day with the reason ({@link None}), or one
 * result per clause of a {@link Deadline.Conditional} ({@link PerClause}).
 *
 * <p>The day is the <em>last</em> day on which the act is on time: published by the end of it, or
 * for a display period, still displayed on it.
 *
 * @since 0.1
 */
public sealed interface DueDate permits DueDate.On, DueDate.None, DueDate.PerClause {

  /** The day counted from: the trigger, or the publication day of a display period. */
  LocalDate from();

  /**
   * The last day on time, if there is one: {@link On#date()}; for {@link PerClause} the latest of
   * its clauses' days when every clause has one (by then every part is due), else empty.
   */
  Optional<LocalDate> lastDay();

  /** What the computation had to assume; empty when it relied on the calendar's facts only. */
  Set<Assumption> assumptions();

  /**
   * Whether a day outside the calendar's years was taken to be an ordinary weekday or weekend: the
   * result may be wrong once that year's holidays are known.
   */
  default boolean isApproximate() {
    return assumptions().contains(Assumption.WEEKENDS_ONLY_OUTSIDE_CALENDAR);
  }

  /**
   * 计算假设 — an assumption a result relied on.
   *
   * @since 0.1
   */
  enum Assumption {
    /**
     * A day outside the calendar's covered years was taken to follow the ordinary Monday–Friday
     * pattern, with no holidays and no make-up days; only allowed by {@link
     * WorkingCalendar.OutsideCoverage#ASSUME_WEEKENDS_ONLY}.
     */
    WEEKENDS_ONLY_OUTSIDE_CALENDAR,
    /**
     * A period in hours was counted from the end of the trigger day, whose time is not known: the
     * day given is the latest on which the period can end.
     */
    TRIGGER_AT_END_OF_DAY
  }

  /**
   * 无到期日原因 — why there is no due date.
   *
   * @since 0.1
   */
  enum Reason {
    /** 及时 — promptly, with no number of days. */
    PROMPT,
    /** 长期公开, 动态更新 — kept published and up to date; no single day. */
    ONGOING,
    /** The deadline text could not be read. */
    UNPARSED,
    /** 长期 — the item stays displayed with no end. */
    DISPLAYED_INDEFINITELY,
    /** The display period text could not be read. */
    DISPLAY_UNPARSED
  }

  /**
   * A due day.
   *
   * @param from the day counted from
   * @param date the last day on time
   * @param rolledFrom the day the period would have ended on had 民法典 第二百零三条 not moved it past a
   *     rest day, or {@code null} when it was not moved
   * @param extendedDate the last day if the extension the deadline allows (可延长…) is granted, or
   *     {@code null} when it allows none
   * @param assumptions what the computation had to assume
   * @since 0.1
   */
  record On(
      LocalDate from,
      LocalDate date,
      @Nullable LocalDate rolledFrom,
      @Nullable LocalDate extendedDate,
      Set<Assumption> assumptions)
      implements DueDate {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the date is before the day counted from
     */
    public On {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(date, "date");
      assumptions = Set.copyOf(assumptions);
      if (date.isBefore(from)) {
        throw new IllegalArgumentException("date " + date + " is before from " + from);
      }
    }

    @Override
    public Optional<LocalDate> lastDay() {
      return Optional.of(date);
    }
  }

  /**
   * No due day, and why.
   *
   * @param from the day counted from
   * @param reason why there is no day
   * @since 0.1
   */
  record None(LocalDate from, Reason reason) implements DueDate {

    /** Validates. */
    public None {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Optional<LocalDate> lastDay() {
      return Optional.empty();
    }

    @Override
    public Set<Assumption> assumptions() {
      return Set.of();
    }

    /** Why there is no due day, in Chinese ({@link Locale#CHINESE}) or English. */
    public String message(Locale locale) {
      return TimeMessages.format(locale, "due." + reason.name(), Map.of());
    }
  }

  /**
   * The due days of the clauses of a {@link Deadline.Conditional}, in the order written.
   *
   * @param from the day counted from
   * @param clauses one result per clause
   * @since 0.1
   */
  record PerClause(LocalDate from, List<ClauseDue> clauses) implements DueDate {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if there are no clauses
     */
    public PerClause {
      Objects.requireNonNull(from, "from");
      clauses = List.copyOf(clauses);
      if (clauses.isEmpty()) {
        throw new IllegalArgumentException("clauses must not be empty");
      }
    }

    @Override
    public Optional<LocalDate> lastDay() {
      LocalDate latest = null;
      for (ClauseDue clause : clauses) {
        Optional<LocalDate> day = clause.due().lastDay();
        if (day.isEmpty()) {
          return Optional.empty();
        }
        if (latest == null || day.get().isAfter(latest)) {
          latest = day.get();
        }
      }
      return Optional.ofNullable(latest);
    }

    @Override
    public Set<Assumption> assumptions() {
      Set<Assumption> all = EnumSet.noneOf(Assumption.class);
      clauses.forEach(c -> all.addAll(c.due().assumptions()));
      return Set.copyOf(all);
    }
  }

  /**
   * The due day of one clause.
   *
   * @param when the part of the item the clause is about, or {@code null} for the rest
   * @param due the clause's result
   * @since 0.1
   */
  record ClauseDue(@Nullable String when, DueDate due) {

    /** Validates. */
    public ClauseDue {
      Objects.requireNonNull(due, "due");
    }
  }
}
