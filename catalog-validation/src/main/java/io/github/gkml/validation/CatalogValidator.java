package io.github.gkml.validation;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.DeadlineOrder;
import io.github.gkml.model.DueDates;
import io.github.gkml.model.Item;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.internal.BuiltInRules;
import io.github.gkml.validation.internal.FindingSort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * 目录检查 — checks one catalog on its own: runs every {@link CatalogRule} that applies to it and whose
 * rule ids are enabled in the {@link RuleSet}, and returns the findings sorted by {@link
 * Finding#ORDER} (item path, then rule id).
 *
 * <p>The built-in rules (see {@code docs/rules.md}): ELEMENT_MISSING, DUPLICATE_ITEM,
 * REGION_CODE_INVALID and DATE_INVALID (checked with Jakarta Bean Validation), DEADLINE_UNPARSED,
 * DEADLINE_VAGUE, DEADLINE_EXCEEDS_STATUTE, DISPLAY_PERIOD_TOO_SHORT, CHANNEL_UNKNOWN,
 * BASIS_SUPERSEDED and LEVEL_INCONSISTENT. {@link #defaults()} adds the rules found with {@link
 * ServiceLoader}; {@link #withRules} adds rules passed in.
 *
 * <p>Immutable and thread-safe: build one and call it on many catalogs at once. Deadline
 * comparisons are cached per validator, so reuse one.
 *
 * @since 0.1
 */
public final class CatalogValidator {

  private static final class Discovered {
    static final CatalogValidator DEFAULTS =
        builtIn().withRules(discover(Thread.currentThread().getContextClassLoader()));
  }

  private static final CatalogValidator BUILT_IN =
      new CatalogValidator(BuiltInRules.all(), RuleSet.defaults());

  private final List<CatalogRule> rules;
  private final List<RuleDescription> descriptions;
  private final RuleSet ruleSet;
  private final DeadlineOrder order;
  private final DueDates dueDates;

  private CatalogValidator(List<CatalogRule> rules, RuleSet ruleSet) {
    this.rules = List.copyOf(rules);
    this.ruleSet = ruleSet;
    this.descriptions = describe(this.rules);
    this.order = DeadlineOrder.of(ruleSet.calendar(), ruleSet.policy());
    this.dueDates = DueDates.of(ruleSet.calendar());
  }

  /**
   * The built-in rules and every rule found with {@link ServiceLoader} (from the thread's context
   * class loader, looked up once), with {@link RuleSet#defaults()}.
   *
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   * @throws IllegalStateException if two rules report the same rule id
   */
  public static CatalogValidator defaults() {
    return Discovered.DEFAULTS;
  }

  /** The built-in rules only, with {@link RuleSet#defaults()}. */
  public static CatalogValidator builtIn() {
    return BUILT_IN;
  }

  /** The rules that {@link ServiceLoader} finds through this class loader (or the system's). */
  public static List<CatalogRule> discover(@Nullable ClassLoader loader) {
    List<CatalogRule> found = new ArrayList<>();
    ServiceLoader.load(CatalogRule.class, loader).forEach(found::add);
    return found;
  }

  /** A copy with another rule set; the rules stay the same. */
  public CatalogValidator withRuleSet(RuleSet newRuleSet) {
    return new CatalogValidator(rules, newRuleSet);
  }

  /**
   * A copy with these rules added. A rule of the same class as one already present is skipped (so
   * discovered built-ins are not run twice).
   *
   * @throws IllegalStateException if two rules report the same rule id
   */
  public CatalogValidator withRules(List<? extends CatalogRule> more) {
    List<CatalogRule> all = new ArrayList<>(rules);
    Set<Class<?>> classes = new HashSet<>();
    rules.forEach(r -> classes.add(r.getClass()));
    for (CatalogRule rule : more) {
      if (classes.add(rule.getClass())) {
        all.add(rule);
      }
    }
    return new CatalogValidator(all, ruleSet);
  }

  /** The rule set. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** Every rule id this validator can report, described, sorted by id. */
  public List<RuleDescription> rules() {
    return descriptions;
  }

  /** The option names the rules read (for checking a rule-set file), sorted. */
  public Set<String> options() {
    Set<String> names = new java.util.TreeSet<>();
    rules.forEach(r -> names.addAll(r.options()));
    return names;
  }

  /** Checks a catalog; findings are located by each item's own {@link Item#source()}. */
  public List<Finding> validate(Catalog catalog) {
    return validate(catalog, i -> catalog.items().get(i).source());
  }

  /** Checks a catalog read from a file; findings name the row or line of each item. */
  public List<Finding> validate(LoadedCatalog loaded) {
    return validate(loaded.catalog(), i -> loaded.locationOf(i).orElse(null));
  }

  private List<Finding> validate(Catalog catalog, IntFunction<@Nullable SourceLocation> locations) {
    List<Finding> findings = new ArrayList<>();
    for (CatalogRule rule : rules) {
      if (isActive(rule) && rule.appliesTo(catalog)) {
        RuleContext context =
            new RuleContext(
                catalog,
                ruleSet,
                order,
                dueDates,
                locations,
                findings,
                rule.messages().orElse(null));
        try {
          rule.check(catalog, context);
        } catch (RuntimeException e) {
          throw new IllegalStateException(
              "rule " + rule.getClass().getName() + " failed on " + catalog.metadata().title(), e);
        }
      }
    }
    FindingSort.sort(findings);
    return List.copyOf(findings);
  }

  private boolean isActive(CatalogRule rule) {
    for (RuleDescription d : rule.descriptions()) {
      if (ruleSet.isEnabled(d.id())) {
        return true;
      }
    }
    return false;
  }

  private static List<RuleDescription> describe(List<CatalogRule> rules) {
    Map<RuleId, CatalogRule> owners = new HashMap<>();
    List<RuleDescription> all = new ArrayList<>();
    for (CatalogRule rule : rules) {
      for (RuleDescription d : rule.descriptions()) {
        CatalogRule other = owners.putIfAbsent(d.id(), rule);
        if (other != null) {
          throw new IllegalStateException(
              "rule id "
                  + d.id()
                  + " is reported by both "
                  + other.getClass().getName()
                  + " and "
                  + rule.getClass().getName());
        }
        all.add(d);
      }
    }
    all.sort(Comparator.comparing(RuleDescription::id));
    return List.copyOf(all);
  }
}
