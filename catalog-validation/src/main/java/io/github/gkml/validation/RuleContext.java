package io.github.gkml.validation;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.DeadlineOrder;
import io.github.gkml.model.DueDates;
import io.github.gkml.model.Item;
import io.github.gkml.model.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * 检查上下文 — what a {@link CatalogRule} gets for one run over one catalog: the configuration (the
 * {@link RuleSet}, its options, the deadline order and due dates on its working calendar) and the
 * place to report findings. The validator fills in each finding's item path and location from the
 * index of the item, attaches the rule's own {@linkplain CatalogRule#messages() message bundle},
 * drops findings of disabled rule ids and applies configured severities.
 *
 * <p>One context serves one rule's run over one catalog and is not thread-safe; the deadline order
 * it gives is shared by the validator's runs and is thread-safe.
 *
 * @since 0.1
 */
public final class RuleContext {

  private final Catalog catalog;
  private final RuleSet ruleSet;
  private final DeadlineOrder order;
  private final DueDates dueDates;
  private final IntFunction<@Nullable SourceLocation> locations;
  private final List<Finding> findings;
  private final @Nullable MessageBundle messages;

  RuleContext(
      Catalog catalog,
      RuleSet ruleSet,
      DeadlineOrder order,
      DueDates dueDates,
      IntFunction<@Nullable SourceLocation> locations,
      List<Finding> findings,
      @Nullable MessageBundle messages) {
    this.catalog = catalog;
    this.ruleSet = ruleSet;
    this.order = order;
    this.dueDates = dueDates;
    this.locations = locations;
    this.findings = findings;
    this.messages = messages;
  }

  /** The configuration of the run. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** The value of a rule option set in the {@link RuleSet} (or a rule-set file), if any. */
  public Optional<String> option(String name) {
    return ruleSet.option(name);
  }

  /** Whether findings of this rule id are reported; a rule may skip work for disabled ids. */
  public boolean isEnabled(RuleId id) {
    return ruleSet.isEnabled(id);
  }

  /** The strictness order of deadlines on the rule set's calendar and policy. */
  public DeadlineOrder deadlineOrder() {
    return order;
  }

  /** Due dates on the rule set's calendar. */
  public DueDates dueDates() {
    return dueDates;
  }

  /** Where the item at this index came from, if known. */
  public Optional<SourceLocation> locationOf(int itemIndex) {
    return Optional.ofNullable(locations.apply(itemIndex));
  }

  /**
   * Reports a finding on the item at {@code itemIndex} of the catalog; its item path and location
   * are set here, and the rule's message bundle unless the finding names one.
   *
   * @throws IndexOutOfBoundsException if there is no such item
   */
  public void report(int itemIndex, Finding.Builder finding) {
    Item item = catalog.items().get(itemIndex);
    add(finding.item(item.path()).location(locations.apply(itemIndex)).build());
  }

  /**
   * Reports a finding on no item of the catalog: its metadata (item path {@code null}), or
   * something else that names its own path (a retired item).
   */
  public void reportCatalog(Finding.Builder finding) {
    add(finding.build());
  }

  private void add(Finding finding) {
    Objects.requireNonNull(finding, "finding");
    if (!ruleSet.isEnabled(finding.ruleId())) {
      return;
    }
    Finding worded =
        messages != null && finding.messages() == null ? finding.withMessages(messages) : finding;
    Severity configured = ruleSet.severities().get(worded.ruleId());
    findings.add(configured == null ? worded : worded.withSeverity(configured));
  }
}
