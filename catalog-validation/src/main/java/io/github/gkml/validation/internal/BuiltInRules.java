package io.github.gkml.validation.internal;

import io.github.gkml.validation.CatalogRule;
import io.github.gkml.validation.internal.structure.StructureRule;
import java.util.List;

/** The built-in rules, in the order they run (also provided as services in module-info). */
public final class BuiltInRules {

  private BuiltInRules() {}

  /** A new instance of each built-in rule. */
  public static List<CatalogRule> all() {
    return List.of(
        new StructureRule(),
        new DeadlineUnparsedRule(),
        new DeadlineVagueRule(),
        new StatutoryDeadlineRule(),
        new DisplayPeriodRule(),
        new ChannelUnknownRule(),
        new SupersededBasisRule(),
        new LevelRule());
  }
}
