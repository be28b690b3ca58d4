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
 * DEADLINE_UNPARSED: a deadline — or one clause of a conditional deadline — whose text could not be
 * read. A blank deadline is ELEMENT_MISSING instead.
 */
public final class DeadlineUnparsedRule extends ItemRule {

  /** The rule. */
  public DeadlineUnparsedRule() {
    super(
        RuleDescription.of(
            RuleId.DEADLINE_UNPARSED,
            Severity.WARNING,
            "公开时限无法识别:写明起算事由、期限和单位,才能计算截止日期、比较宽严",
            "The deadline text could not be read; without a trigger, an amount and a unit it can be"
                + " neither counted nor compared"));
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
          if (leaf instanceof Deadline.Unparsed unparsed && !unparsed.raw().isBlank()) {
            context.report(
                index,
                Finding.builder(RuleId.DEADLINE_UNPARSED, Severity.WARNING)
                    .field("deadline")
                    .newValue(unparsed.raw()));
          }
        });
  }
}
