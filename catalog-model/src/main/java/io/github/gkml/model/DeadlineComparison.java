package io.github.gkml.model;

import io.github.gkml.model.internal.TimeMessages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 时限比较结果 — how strict a new deadline (or display period) is against an old one, why, and where the
 * answer is {@link Strictness#LOOSER} or {@link Strictness#INDETERMINATE} because of the calendar,
 * the start date that breaks it.
 *
 * <p>The reason is structured: {@link #reason()} and {@link #arguments()} (named values such as
 * {@code old}, {@code new}, {@code start}, {@code oldDue}, {@code newDue}) make the message in
 * either language, see {@link #message(Locale)}. A comparison made of parts (the clauses of a
 * conditional deadline, a period and its extension, a periodic deadline's frequency and lateness)
 * lists them in {@link #parts()}.
 *
 * @param strictness the answer
 * @param reason why
 * @param arguments the values the message names
 * @param breakingStart a start date (trigger or publication day) for which the new one is less
 *     strict than the old, or {@code null} when there is none or the answer does not depend on
 *     dates
 * @param parts the comparisons this one is made of, or empty
 * @since 0.1
 */
public record DeadlineComparison(
    Strictness strictness,
    Reason reason,
    Map<String, String> arguments,
    @Nullable LocalDate breakingStart,
    List<DeadlineComparison> parts) {

  /** Validates and copies. */
  public DeadlineComparison {
    Objects.requireNonNull(strictness, "strictness");
    Objects.requireNonNull(reason, "reason");
    arguments = Map.copyOf(arguments);
    parts = List.copyOf(parts);
  }

  /**
   * The comparison in Chinese ({@link Locale#CHINESE}, the default for any language but English) or
   * English: the answer, the reason, and the part that decided it, if any. For example {@code 无法判定：
   * 单位不同，按工作日历逐日比较（起算日2006-12-30至2026-12-01）：……}.
   */
  public String message(Locale locale) {
    String key = "compare." + reason.name();
    if (breakingStart != null && TimeMessages.has(key + ".breaking")) {
      key += ".breaking";
    }
    String text =
        TimeMessages.format(
            locale,
            "compare.format",
            Map.of(
                "verdict",
                TimeMessages.format(locale, "strictness." + strictness.name(), Map.of()),
                "reason",
                TimeMessages.format(locale, key, arguments)));
    DeadlineComparison decisive = decisivePart();
    return decisive == null ? text : text + " — " + decisive.message(locale);
  }

  /** The part whose answer decided the whole: the first that breaks it, else the first not SAME. */
  private @Nullable DeadlineComparison decisivePart() {
    for (DeadlineComparison part : parts) {
      if (part.strictness == strictness && part.breakingStart != null) {
        return part;
      }
    }
    for (DeadlineComparison part : parts) {
      if (part.strictness != Strictness.SAME) {
        return part;
      }
    }
    return parts.isEmpty() ? null : parts.get(0);
  }

  /**
   * 比较依据 — why a comparison came out as it did. Each has a message in both languages.
   *
   * @since 0.1
   */
  public enum Reason {
    /** The same deadline: 实时/实时, 长期公开/长期公开, 及时/及时 with one trigger, identical text. */
    IDENTICAL,
    /** Same trigger and unit: the amounts decide. */
    AMOUNTS,
    /** Different units: compared day by day on the working calendar over every start date. */
    CALENDAR,
    /** Different units, but every due date falls after the end of the calendar. */
    BEYOND_CALENDAR,
    /** 实时 is tighter than any number of days and any frequency. */
    REALTIME,
    /** Counted from different events. */
    DIFFERENT_TRIGGERS,
    /** 及时 has no number to compare. */
    PROMPT_WITHOUT_NUMBER,
    /** 及时 compared as the span the policy gives it. */
    PROMPT_BY_POLICY,
    /** 长期公开 has no due date to compare. */
    ONGOING,
    /** A deadline that could not be read. */
    UNPARSED,
    /** A period after an event against a periodic deadline. */
    DIFFERENT_KINDS,
    /** Periodic deadlines: how often they publish decides. */
    FREQUENCY,
    /** Periodic deadlines with custom intervals: the intervals decide. */
    INTERVAL,
    /** A frequency against a custom interval. */
    CADENCE_FORMS_DIFFER,
    /** Same frequency: how long after each period ends decides (offsets, fixed days). */
    LATENESS,
    /** A period with an extension (可延长): the period and the longest period both decide. */
    EXTENSION,
    /** Conditional deadlines with the same conditions: clause by clause. */
    CLAUSES,
    /** Conditions that do not line up. */
    CLAUSES_DO_NOT_MATCH,
    /** Display periods: the longer is stricter. */
    DISPLAY_LENGTH,
    /** Display periods: 长期 is stricter than any length. */
    DISPLAY_ONGOING,
    /** A display period that could not be read. */
    DISPLAY_UNPARSED
  }
}
