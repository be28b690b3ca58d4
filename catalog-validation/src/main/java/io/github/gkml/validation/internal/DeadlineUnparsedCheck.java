package io.github.gkml.validation.internal;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.Item;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.function.Consumer;

/**
 * DEADLINE_UNPARSED: a deadline — or one clause of a conditional deadline — whose text could not be
 * read. A blank deadline is ELEMENT_MISSING instead.
 */
public final class DeadlineUnparsedCheck implements ItemCheck {

  @Override
  public void check(Item item, Consumer<Finding.Builder> report) {
    Deadline deadline = item.deadline();
    if (deadline != null) {
      check(deadline, report);
    }
  }

  private static void check(Deadline deadline, Consumer<Finding.Builder> report) {
    if (deadline instanceof Deadline.Unparsed unparsed && !unparsed.raw().isBlank()) {
      report.accept(
          Finding.builder(RuleId.DEADLINE_UNPARSED, Severity.WARNING)
              .field("deadline")
              .newValue(unparsed.raw()));
    } else if (deadline instanceof Deadline.Conditional conditional) {
      conditional.clauses().forEach(clause -> check(clause.deadline(), report));
    }
  }
}
