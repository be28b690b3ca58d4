package io.github.gkml.model.internal;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.Deadline.Clause;
import io.github.gkml.model.DisplayPeriod;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines a cell part gives, each with the part of the item it applies to.
 *
 * @param clauses the deadlines in the order written; each deadline's raw text is its own fragment
 * @param display the first display period the part gives, or {@code null}
 */
record Assembly(List<Clause> clauses, @Nullable DisplayPeriod display) {

  Assembly {
    clauses = List.copyOf(clauses);
  }

  /** The one deadline this part gives, with {@code raw} as its text. */
  Deadline toDeadline(String raw) {
    if (clauses.isEmpty()) {
      return new Deadline.Unparsed(raw, display);
    } else if (clauses.size() == 1) {
      Deadline only = clauses.get(0).deadline();
      DisplayPeriod own = only.displayPeriod();
      return Deadlines.with(only, raw, own != null ? own : display);
    }
    return new Deadline.Conditional(raw, clauses, display);
  }

  /** The condition of the only clause, or {@code null}. */
  @Nullable String onlyCondition() {
    return clauses.size() == 1 ? clauses.get(0).when() : null;
  }
}
