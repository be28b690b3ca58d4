package io.github.gkml.rules;

import io.github.gkml.rules.internal.DomainDeadlineRule;
import io.github.gkml.rules.internal.DomainDisplayPeriodRule;
import io.github.gkml.validation.CatalogRule;
import io.github.gkml.validation.RuleId;
import java.util.List;

/**
 * 领域规则 — the statutory periods of the pilot domains, as {@link CatalogRule}s: an item is held to
 * the period a law or national guideline sets for <em>what it is</em> in its domain (its path and
 * content: 征地补偿安置方案公告, 中标候选人, 政府预算, 低保审核公示 …), whatever basis it cites, so a catalog that forgets
 * to cite the law is still held to it. Each rule runs only on catalogs of the domains its facts are
 * about.
 *
 * <p>The rules are registered as services of this module, so {@code CatalogValidator.defaults()}
 * (and {@code gkml validate}) runs them; {@link #all()} gives them to a validator built by hand:
 * {@code CatalogValidator.builtIn().withRules(DomainRules.all())}. Their findings carry their own
 * messages in Chinese and English. The facts, with law, article, confidence and source, and what
 * was left out and why, are listed in {@code docs/rules.md}.
 *
 * @since 0.1
 */
public final class DomainRules {

  /**
   * 公开时限超过领域法定期限 — an item that a law gives a publishing period in its domain (政府预算 20日 after
   * approval, 政府采购 results and contracts 2个工作日, 中标候选人 3日, 行政许可/行政处罚 decisions 7个工作日 …) can be
   * published later. ERROR.
   */
  public static final RuleId DEADLINE_EXCEEDS_STATUTE =
      RuleId.of("DOMAIN_DEADLINE_EXCEEDS_STATUTE");

  /**
   * 公示期短于领域法定最短期限 — an item that a law gives a minimum display or comment period in its domain
   * states a shorter one. ERROR.
   */
  public static final RuleId DISPLAY_PERIOD_TOO_SHORT =
      RuleId.of("DOMAIN_DISPLAY_PERIOD_TOO_SHORT");

  /**
   * 未写明领域法定公示期 — an item that a law gives a minimum display or comment period in its domain states
   * none. WARNING: 国办发〔2019〕54号 does not make it a required element, and the law binds the notice
   * anyway; the catalog should say so, so that staff do not take it down early.
   */
  public static final RuleId DISPLAY_PERIOD_MISSING = RuleId.of("DOMAIN_DISPLAY_PERIOD_MISSING");

  private DomainRules() {}

  /** A new instance of each domain rule. */
  public static List<CatalogRule> all() {
    return List.of(new DomainDeadlineRule(), new DomainDisplayPeriodRule());
  }
}
