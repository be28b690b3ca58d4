package io.github.gkml.model;

import io.github.gkml.model.internal.DeadlineParser;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 公开时限 — when an item must be published, as a small algebra that always carries the text it was
 * read from.
 *
 * <ul>
 *   <li>{@link Within} — 自信息形成或者变更之日起20个工作日内: an amount of units after a trigger;
 *   <li>{@link Periodic} — 按季度, 每年1月31日前, 季度结束后15日内, 每20个工作日更新;
 *   <li>{@link Realtime} — 实时; {@link Prompt} — 及时 (no number); {@link Ongoing} — 长期公开, 常态化, 动态更新;
 *   <li>{@link Conditional} — different deadlines for parts of the item;
 *   <li>{@link Unparsed} — text that could not be read, kept as written.
 * </ul>
 *
 * <p>A cell may also give a {@link DisplayPeriod} (制定或获取信息之日起10个工作日内,公示7个工作日): every form carries
 * it in {@link #displayPeriod()}.
 *
 * @since 0.1
 */
public sealed interface Deadline
    permits Deadline.Within,
        Deadline.Periodic,
        Deadline.Realtime,
        Deadline.Prompt,
        Deadline.Ongoing,
        Deadline.Conditional,
        Deadline.Unparsed {

  /** The text the deadline was read from, exactly as given. */
  String raw();

  /** The display period the same text gives (公示7个工作日, 保持长期公开), or {@code null}. */
  @Nullable DisplayPeriod displayPeriod();

  /**
   * Reads a 公开时限 phrase. Never throws and never loses the text: what it cannot read is {@link
   * Unparsed}, and the result's {@link #raw()} is always {@code text} itself. Handles Chinese and
   * full-width numerals, spaces and line breaks inside the cell, traditional characters, composite
   * cells and trailing remarks.
   *
   * <ul>
   *   <li>A number with a unit wins over 及时 in the same phrase; the trigger is read only from the
   *       words before the number, the one nearest the number winning.
   *   <li>A display period (公示7个工作日, 公告期限为5个工作日) or an extension (可延长7个工作日) goes with the deadline
   *       before it; 长期公开 beside a real deadline is that deadline's ongoing display period.
   *   <li>Different deadlines for named parts — a numbered list, two sentences, a bracketed
   *       exception — give a {@link Conditional}, each clause's deadline carrying its own fragment
   *       as raw text.
   * </ul>
   *
   * <p>Text longer than 4096 characters is not read and gives {@link Unparsed}. Deterministic and
   * safe to call from any thread.
   */
  static Deadline parse(CharSequence text) {
    return DeadlineParser.parse(text.toString());
  }

  /**
   * A deadline of {@code amount} units after {@code trigger}, with its canonical phrase as the raw
   * text (自信息形成或者变更之日起20个工作日内).
   */
  static Within within(int amount, PeriodUnit unit, Trigger trigger) {
    String raw = trigger.phrase() + amount + unit.label() + "内";
    return new Within(raw, trigger, amount, unit, null, null);
  }

  /**
   * 自…之日起N个工作日内 — published within an amount of units after a trigger.
   *
   * @param raw the text as written
   * @param trigger the event counted from
   * @param amount the number of units, at least 0
   * @param unit the unit
   * @param extension how much longer may be allowed (可延长7个工作日), or {@code null}
   * @param displayPeriod the display period the same text gives, or {@code null}
   */
  record Within(
      String raw,
      Trigger trigger,
      int amount,
      PeriodUnit unit,
      @Nullable TimeSpan extension,
      @Nullable DisplayPeriod displayPeriod)
      implements Deadline {

    /**
     * Validates the deadline.
     *
     * @throws IllegalArgumentException if the amount is negative
     */
    public Within {
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(unit, "unit");
      if (amount < 0) {
        throw new IllegalArgumentException("a deadline amount cannot be negative: " + amount);
      }
    }

    /** The amount and unit as one span. */
    public TimeSpan span() {
      return new TimeSpan(amount, unit);
    }
  }

  /**
   * 按季度, 每年1月31日前, 季度结束后15日内, 每20个工作日更新 — published once per period.
   *
   * @param raw the text as written
   * @param frequency how often, or {@code null} for a custom {@code interval}
   * @param offset how long after the period ends (季度结束后15日内), or {@code null}
   * @param dueBy a fixed day of the year (每年1月31日前), or {@code null}
   * @param interval a custom interval (每20个工作日更新), or {@code null}
   * @param displayPeriod the display period the same text gives, or {@code null}
   */
  record Periodic(
      String raw,
      @Nullable Frequency frequency,
      @Nullable TimeSpan offset,
      @Nullable MonthDay dueBy,
      @Nullable TimeSpan interval,
      @Nullable DisplayPeriod displayPeriod)
      implements Deadline {

    /**
     * Validates the deadline.
     *
     * @throws IllegalArgumentException if neither a frequency nor an interval is given
     */
    public Periodic {
      Objects.requireNonNull(raw, "raw");
      if (frequency == null && interval == null) {
        throw new IllegalArgumentException("a periodic deadline needs a frequency or an interval");
      }
    }
  }

  /**
   * 实时, 即时 — published as it happens.
   *
   * @param raw the text as written
   * @param displayPeriod the display period the same text gives, or {@code null}
   */
  record Realtime(String raw, @Nullable DisplayPeriod displayPeriod) implements Deadline {
    /** Validates the deadline. */
    public Realtime {
      Objects.requireNonNull(raw, "raw");
    }
  }

  /**
   * 及时 — published promptly, with no number: vague, and reported as such.
   *
   * @param raw the text as written
   * @param trigger the event it follows, if named (重大决策作出后及时公开), else {@link Trigger#UNSPECIFIED}
   * @param displayPeriod the display period the same text gives, or {@code null}
   */
  record Prompt(String raw, Trigger trigger, @Nullable DisplayPeriod displayPeriod)
      implements Deadline {
    /** Validates the deadline. */
    public Prompt {
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(trigger, "trigger");
    }
  }

  /**
   * 长期公开, 常态化, 动态更新 — kept published and up to date, with no due date.
   *
   * @param raw the text as written
   * @param displayPeriod the display period the same text gives, or {@code null}
   */
  record Ongoing(String raw, @Nullable DisplayPeriod displayPeriod) implements Deadline {
    /** Validates the deadline. */
    public Ongoing {
      Objects.requireNonNull(raw, "raw");
    }
  }

  /**
   * Different deadlines for parts of an item: 1.除处罚决定外其他内容:长期公开;2.处罚决定:20个工作日内.
   *
   * @param raw the text as written
   * @param clauses at least one clause, in the order written
   * @param displayPeriod the display period the same text gives, or {@code null}
   */
  record Conditional(String raw, List<Clause> clauses, @Nullable DisplayPeriod displayPeriod)
      implements Deadline {

    /**
     * Validates and copies the clauses.
     *
     * @throws IllegalArgumentException if there are no clauses
     */
    public Conditional {
      Objects.requireNonNull(raw, "raw");
      clauses = List.copyOf(clauses);
      if (clauses.isEmpty()) {
        throw new IllegalArgumentException("a conditional deadline needs at least one clause");
      }
    }
  }

  /**
   * One part of a {@link Conditional} deadline.
   *
   * @param when the part of the item it applies to (处罚决定), or {@code null} for the rest
   * @param deadline the deadline for that part
   */
  record Clause(@Nullable String when, Deadline deadline) {
    /** Validates the clause. */
    public Clause {
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /**
   * Text that could not be read as a deadline, kept as written and reported as a finding.
   *
   * @param raw the text as written
   * @param displayPeriod a display period found in the text, or {@code null}
   */
  record Unparsed(String raw, @Nullable DisplayPeriod displayPeriod) implements Deadline {
    /** Validates the deadline. */
    public Unparsed {
      Objects.requireNonNull(raw, "raw");
    }
  }
}
