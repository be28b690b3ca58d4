package io.github.gkml.validation.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DeadlineComparison;
import io.github.gkml.model.Item;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PeriodUnit;
import io.github.gkml.model.Strictness;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.model.Trigger;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleContext;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * DEADLINE_EXCEEDS_STATUTE: a deadline that can fall due later than the law allows, for some start
 * date on the working calendar (so 30日 against 20个工作日 is reported: it is later for most start
 * dates).
 *
 * <ul>
 *   <li>主动 items: not later than the rule set's statutory period (条例第二十六条, 20 working days) after
 *       the information is formed — counted from the trigger the catalog names — unless the item
 *       cites a law of the statutes table that sets its own period for it ("从其规定"): then that
 *       period, longer or shorter. A periodic deadline is held to it by its offset after the period
 *       ends or its custom interval; a bare frequency or a fixed day is not checked.
 *   <li>Reply periods counted from an application (收到申请): not later than 20 working days plus one
 *       extension of 20 (条例第三十三条).
 * </ul>
 */
public final class StatutoryDeadlineRule extends ItemRule {

  /** 条例第三十三条: a reply within 20 working days of receiving the application … */
  private static final Deadline.Within REPLY =
      Deadline.within(20, PeriodUnit.WORKING_DAYS, Trigger.REQUEST_RECEIVED);

  /** … and at most 20 more with approval. */
  private static final Deadline.Within LONGEST_REPLY =
      Deadline.within(40, PeriodUnit.WORKING_DAYS, Trigger.REQUEST_RECEIVED);

  /** The rule. */
  public StatutoryDeadlineRule() {
    super(
        new RuleDescription(
            RuleId.DEADLINE_EXCEEDS_STATUTE,
            null,
            Severity.ERROR,
            "公开时限超过法定期限:主动公开事项可能晚于信息形成之日起20个工作日(所引法律另有规定的从其规定)," + "依申请答复可能晚于20个工作日(可延长20个工作日)",
            "The deadline can be later than the law allows: 20 working days after the information"
                + " is formed for 主动 items (or the period a cited special law sets), 20 (+20)"
                + " working days for replies to applications",
            "条例第二十六条、第三十三条"));
  }

  @Override
  void check(Catalog catalog, Item item, int index, RuleContext context) {
    Deadline deadline = item.deadline();
    if (deadline == null) {
      return;
    }
    boolean proactive = item.modes().contains(Mode.PROACTIVE);
    List<Statute> special =
        proactive ? Statutes.builtIn().applying(Statute.Kind.PUBLISH, item) : List.of();
    leaves(deadline, leaf -> checkLeaf(leaf, proactive, special, index, context));
  }

  private static void checkLeaf(
      Deadline leaf, boolean proactive, List<Statute> special, int index, RuleContext context) {
    if (leaf instanceof Deadline.Within within && within.trigger() == Trigger.REQUEST_RECEIVED) {
      DeadlineComparison c = replyComparison(within, context);
      if (c != null) {
        context.report(
            index,
            finding(leaf, c, "onRequest")
                .param("statute@zh", "条例第三十三条规定的20个工作日(经批准可延长20个工作日)")
                .param("statute@en", "the 20 (+20 with approval) working days of 条例第三十三条"));
      }
      return;
    }
    if (!proactive) {
      return;
    }
    if (special.isEmpty()) {
      TimeSpan general = context.ruleSet().statutoryPeriod();
      DeadlineComparison c = compare(leaf, general, context);
      if (c != null && exceeds(c)) {
        context.report(
            index,
            finding(leaf, c, null)
                .param("statute@zh", "条例第二十六条规定的信息形成之日起" + general)
                .param(
                    "statute@en",
                    "the " + general + " after the information is formed of 条例第二十六条"));
      }
      return;
    }
    // A cited law sets its own period ("从其规定"): the item is late only if it is later than
    // every period that the laws it cites set for it.
    DeadlineComparison first = null;
    for (Statute law : special) {
      DeadlineComparison c = compare(leaf, Objects.requireNonNull(law.period()), context);
      if (c == null || !exceeds(c)) {
        return;
      }
      first = first == null ? c : first;
    }
    Statute law = special.get(0);
    context.report(
        index,
        finding(leaf, Objects.requireNonNull(first), "special")
            .param("statute@zh", law.citation() + "规定的" + law.period())
            .param("statute@en", "the " + law.period() + " of " + law.citation()));
  }

  private static Finding.Builder finding(
      Deadline leaf, DeadlineComparison c, @Nullable String variant) {
    Finding.Builder finding =
        Finding.builder(RuleId.DEADLINE_EXCEEDS_STATUTE, Severity.ERROR)
            .field("deadline")
            .newValue(leaf.raw())
            .param("reason@zh", c.message(Locale.SIMPLIFIED_CHINESE))
            .param("reason@en", c.message(Locale.ENGLISH));
    return variant == null ? finding : finding.param("variant", variant);
  }

  /**
   * The comparison that shows a reply period too long — its ordinary period against 20 working
   * days, its longest (with the extension it names) against 40 — or {@code null} if it is not.
   */
  private static @Nullable DeadlineComparison replyComparison(
      Deadline.Within within, RuleContext context) {
    DeadlineComparison ordinary =
        context.deadlineOrder().compare(REPLY, canonical(within, within.span()));
    if (exceeds(ordinary)) {
      return ordinary;
    }
    TimeSpan longest = longest(within);
    if (longest.equals(within.span())) {
      return null;
    }
    DeadlineComparison c =
        context.deadlineOrder().compare(LONGEST_REPLY, canonical(within, longest));
    return exceeds(c) ? c : null;
  }

  /** How the leaf compares with the period, or {@code null} when the rule does not apply to it. */
  private static @Nullable DeadlineComparison compare(
      Deadline leaf, TimeSpan period, RuleContext context) {
    if (leaf instanceof Deadline.Within within) {
      Deadline.Within statute =
          new Deadline.Within("", within.trigger(), period.amount(), period.unit(), null, null);
      return context.deadlineOrder().compare(statute, canonical(within, longest(within)));
    }
    if (leaf instanceof Deadline.Periodic periodic) {
      TimeSpan lateness = periodic.offset() != null ? periodic.offset() : periodic.interval();
      return lateness == null ? null : context.deadlineOrder().compareSpans(period, lateness);
    }
    return null;
  }

  /**
   * The deadline without its text, so that comparisons are cached per meaning, not per spelling.
   */
  private static Deadline.Within canonical(Deadline.Within within, TimeSpan span) {
    return new Deadline.Within("", within.trigger(), span.amount(), span.unit(), null, null);
  }

  /** The period with the extension it names (in the same unit), the latest it can run to. */
  private static TimeSpan longest(Deadline.Within within) {
    TimeSpan extension = within.extension();
    return extension == null || extension.unit() != within.unit()
        ? within.span()
        : TimeSpan.of(within.amount() + extension.amount(), within.unit());
  }

  /** Later than the statute for some start date. */
  private static boolean exceeds(DeadlineComparison c) {
    return c.strictness() == Strictness.LOOSER
        || (c.strictness() == Strictness.INDETERMINATE && c.breakingStart() != null);
  }
}
