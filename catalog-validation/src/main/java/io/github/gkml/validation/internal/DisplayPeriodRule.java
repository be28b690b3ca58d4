package io.github.gkml.validation.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.DeadlineComparison;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Item;
import io.github.gkml.model.Strictness;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleContext;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.Locale;
import java.util.Objects;

/**
 * DISPLAY_PERIOD_TOO_SHORT: the item's display period (its own column, or the one its deadline text
 * gives) can end before the minimum that a law it cites sets for it — 征地补偿安置方案 at least 30日
 * (土地管理法实施条例第二十八条), a 预公告 at least 10个工作日 (第二十六条), and the other display entries of the statutes
 * table. Compared on the working calendar for every publication day: 30个工作日 satisfies 30日, 20日 does
 * not. An item that gives no display period is not reported here.
 */
public final class DisplayPeriodRule extends ItemRule {

  /** The rule. */
  public DisplayPeriodRule() {
    super(
        new RuleDescription(
            RuleId.DISPLAY_PERIOD_TOO_SHORT,
            null,
            Severity.ERROR,
            "公示期短于所引法律规定的最短期限(如征地补偿安置方案公告不少于30日)",
            "The display period is shorter than the minimum the cited law sets (e.g. at least 30"
                + " days for a 征地补偿安置方案)",
            "土地管理法实施条例第二十六条、第二十八条等"));
  }

  @Override
  void check(Catalog catalog, Item item, int index, RuleContext context) {
    DisplayPeriod shown = item.effectiveDisplayPeriod();
    if (shown == null || !shown.isParsed()) {
      return;
    }
    for (Statute law : Statutes.builtIn().applying(Statute.Kind.DISPLAY, item)) {
      TimeSpan minimum = Objects.requireNonNull(law.period());
      DeadlineComparison c =
          context.deadlineOrder().compareDisplay(DisplayPeriod.of(minimum), shown);
      if (c.strictness() == Strictness.LOOSER
          || (c.strictness() == Strictness.INDETERMINATE && c.breakingStart() != null)) {
        context.report(
            index,
            Finding.builder(RuleId.DISPLAY_PERIOD_TOO_SHORT, Severity.ERROR)
                .field("displayPeriod")
                .newValue(shown.raw())
                .param("minimum", minimum.toString())
                .param("statute", law.citation())
                .param("reason@zh", c.message(Locale.SIMPLIFIED_CHINESE))
                .param("reason@en", c.message(Locale.ENGLISH)));
        return;
      }
    }
  }
}
