package io.github.gkml.rules.internal;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.DeadlineComparison;
import io.github.gkml.model.DeadlineOrder;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Strictness;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.validation.MessageBundle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the domain rules share: which parts of a deadline an entry holds, comparisons on the working
 * calendar, and the rules' message bundle ({@code DomainFindings[_en].properties}).
 */
public final class DomainChecks {

  /** The domain rules' messages, in Chinese and English. */
  public static final MessageBundle MESSAGES =
      MessageBundle.load(DomainChecks.class::getResourceAsStream, "DomainFindings");

  private DomainChecks() {}

  /**
   * The deadlines of an item that the entry holds to its period: of a conditional deadline, the
   * clauses whose condition is about what the entry governs (处罚决定: …); when none is, the clauses
   * without a condition (a 其中行政许可… clause is about something else); when there are none of those
   * either, every clause. Otherwise the deadline itself.
   */
  static List<Deadline> heldLeaves(Deadline deadline, DomainStatute entry) {
    List<Deadline> governed = new ArrayList<>();
    List<Deadline> unconditioned = new ArrayList<>();
    List<Deadline> all = new ArrayList<>();
    collect(deadline, entry, null, governed, unconditioned, all);
    if (!governed.isEmpty()) {
      return governed;
    }
    return unconditioned.isEmpty() ? all : unconditioned;
  }

  private static void collect(
      Deadline deadline,
      DomainStatute entry,
      @Nullable String condition,
      List<Deadline> governed,
      List<Deadline> unconditioned,
      List<Deadline> all) {
    if (deadline instanceof Deadline.Conditional conditional) {
      for (Deadline.Clause clause : conditional.clauses()) {
        String when = clause.when();
        String inherited = condition != null ? condition : when;
        collect(clause.deadline(), entry, inherited, governed, unconditioned, all);
      }
      return;
    }
    all.add(deadline);
    if (condition == null) {
      unconditioned.add(deadline);
    } else if (entry.governsClause(condition)) {
      governed.add(deadline);
    }
  }

  /**
   * How the leaf compares with the period counted from the same trigger, or {@code null} when it
   * cannot be held to a number (及时, 长期, text that could not be read, a bare frequency).
   */
  static @Nullable DeadlineComparison comparePublish(
      Deadline leaf, TimeSpan period, DeadlineOrder order) {
    if (leaf instanceof Deadline.Within within) {
      Deadline.Within law =
          new Deadline.Within("", within.trigger(), period.amount(), period.unit(), null, null);
      TimeSpan longest = longest(within);
      Deadline.Within item =
          new Deadline.Within("", within.trigger(), longest.amount(), longest.unit(), null, null);
      return order.compare(law, item);
    }
    if (leaf instanceof Deadline.Periodic periodic) {
      TimeSpan lateness = periodic.offset() != null ? periodic.offset() : periodic.interval();
      return lateness == null ? null : order.compareSpans(period, lateness);
    }
    return null;
  }

  /** How a display period compares with the minimum. */
  static DeadlineComparison compareDisplay(
      DisplayPeriod shown, TimeSpan minimum, DeadlineOrder order) {
    return order.compareDisplay(DisplayPeriod.of(minimum), shown);
  }

  /** Less strict than the law for some start (or publication) date on the calendar. */
  static boolean breaks(DeadlineComparison c) {
    return c.strictness() == Strictness.LOOSER
        || (c.strictness() == Strictness.INDETERMINATE && c.breakingStart() != null);
  }

  /** The period with the extension it names (in the same unit): the latest it can run to. */
  private static TimeSpan longest(Deadline.Within within) {
    TimeSpan extension = within.extension();
    return extension == null || extension.unit() != within.unit()
        ? within.span()
        : TimeSpan.of(within.amount() + extension.amount(), within.unit());
  }
}
