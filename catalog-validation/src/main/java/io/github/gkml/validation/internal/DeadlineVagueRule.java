package io.github.gkml.validation.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.Item;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleContext;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;

/**
 * DEADLINE_VAGUE: a deadline with no number — 及时, 按进展情况及时公开 ({@link Deadline.Prompt}) — in the
 * deadline or in one clause of it. It cannot be counted nor held against 条例第二十六条.
 */
public final class DeadlineVagueRule extends ItemRule {

  /** The rule. */
  public DeadlineVagueRule() {
    super(
        new RuleDescription(
            RuleId.DEADLINE_VAGUE,
            null,
            Severity.WARNING,
            "公开时限表述模糊(如“及时”“按进展”):没有天数,无法计算截止日期,也无法核对是否超过法定期限",
            "The deadline has no number (及时, 按进展): it can be neither counted nor checked against"
                + " the statutory period",
            "条例第二十六条"));
  }

  @Override
  void check(Catalog catalog, Item item, int index, RuleContext context) {
    Deadline deadline = item.deadline();
    if (deadline == null) {
      return;
    }
    leaves(
        deadline,
        leaf -> {
          if (leaf instanceof Deadline.Prompt prompt) {
            context.report(
                index,
                Finding.builder(RuleId.DEADLINE_VAGUE, Severity.WARNING)
                    .field("deadline")
                    .newValue(prompt.raw()));
          }
        });
  }
}
