package io.github.gkml.validation;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.PilotDomain;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 检查规则 — the service provider interface of single-catalog checks. Each implementation reports
 * findings under the rule ids it {@linkplain #descriptions() describes}; {@link CatalogValidator}
 * runs every rule that {@linkplain #appliesTo applies} to a catalog and whose ids are enabled in
 * its {@link RuleSet}, then applies the configured severities and sorts the findings.
 *
 * <p>Rules are found with {@link java.util.ServiceLoader} ({@code provides
 * io.github.gkml.validation.CatalogRule with …} in a module, or {@code
 * META-INF/services/io.github.gkml.validation.CatalogRule} on the class path) or passed in with
 * {@link CatalogValidator#withRules}. A rule for one pilot domain returns it from {@link
 * #domains()}. An implementation needs a public no-argument constructor to be loaded as a service.
 *
 * <p>A rule outside gkml words its findings' messages in its own {@link #messages() bundle}: each
 * finding it reports carries that bundle, so {@link Finding#message} renders it wherever the
 * finding goes (reports, the command line) without the caller knowing the rule.
 *
 * <p>Implementations must be stateless (or immutable) and thread-safe: one instance checks many
 * catalogs at once. Everything configurable comes from the {@link RuleContext}.
 *
 * @since 0.1
 */
public interface CatalogRule {

  /** The rule ids this rule reports, with their purpose, principle and default severity. */
  List<RuleDescription> descriptions();

  /**
   * The pilot domains this rule is for; empty (the default) for every domain. {@link #appliesTo}
   * uses it.
   */
  default Set<PilotDomain> domains() {
    return Set.of();
  }

  /**
   * The option names this rule reads from {@link RuleContext#option}; a rule-set file may set them.
   */
  default Set<String> options() {
    return Set.of();
  }

  /**
   * 消息资源 — the messages of this rule's findings, in Chinese and English: the template under each
   * rule id it reports (and {@code <RULE_ID>.<variant>} for a finding whose parameter {@code
   * variant} is set), with {@code {param}} placeholders filled from the finding's parameters. Empty
   * (the default) leaves the messages to gkml's own bundles, where a rule id they do not know
   * renders as {@code <RULE_ID>:<item>}. The bundle is attached to every finding the rule reports
   * through {@link RuleContext#report}; a template the bundle lacks falls back to gkml's own.
   */
  default Optional<MessageBundle> messages() {
    return Optional.empty();
  }

  /** Whether to run on this catalog: by default, when its domain is one of {@link #domains()}. */
  default boolean appliesTo(Catalog catalog) {
    Set<PilotDomain> domains = domains();
    return domains.isEmpty() || domains.contains(catalog.domain());
  }

  /** Checks the catalog and reports what it finds through {@code context}. */
  void check(Catalog catalog, RuleContext context);
}
