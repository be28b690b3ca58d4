package io.github.gkml.validation.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.Item;
import io.github.gkml.validation.CatalogRule;
import io.github.gkml.validation.RuleContext;
import io.github.gkml.validation.RuleDescription;
import java.util.List;
import java.util.function.Consumer;

/** A built-in rule that looks at one item at a time. Stateless and thread-safe. */
abstract class ItemRule implements CatalogRule {

  private final List<RuleDescription> descriptions;

  ItemRule(RuleDescription description) {
    this.descriptions = List.of(description);
  }

  @Override
  public final List<RuleDescription> descriptions() {
    return descriptions;
  }

  @Override
  public final void check(Catalog catalog, RuleContext context) {
    if (!context.isEnabled(descriptions.get(0).id())) {
      return;
    }
    List<Item> items = catalog.items();
    for (int i = 0; i < items.size(); i++) {
      check(catalog, items.get(i), i, context);
    }
  }

  /** Checks the item at {@code index}, reporting with {@code context.report(index, …)}. */
  abstract void check(Catalog catalog, Item item, int index, RuleContext context);

  /** Each deadline a condition-free reader would check: the deadline, or each clause's. */
  static void leaves(Deadline deadline, Consumer<Deadline> action) {
    if (deadline instanceof Deadline.Conditional conditional) {
      for (Deadline.Clause clause : conditional.clauses()) {
        leaves(clause.deadline(), action);
      }
    } else {
      action.accept(deadline);
    }
  }
}
