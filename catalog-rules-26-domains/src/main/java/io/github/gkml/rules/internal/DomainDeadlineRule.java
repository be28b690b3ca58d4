package io.github.gkml.rules.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DeadlineComparison;
import io.github.gkml.model.Item;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.rules.DomainRules;
import io.github.gkml.validation.CatalogRule;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.MessageBundle;
import io.github.gkml.validation.RuleContext;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * DOMAIN_DEADLINE_EXCEEDS_STATUTE: an item that is what a law sets a publishing period for in its
 * domain (政府预算 20日 after approval, 政府采购 results and contracts 2个工作日, 中标候选人 3日, 行政许可 and 行政处罚
 * decisions 7个工作日 …) has a deadline that can fall due later, for some start date on the working
 * calendar — whatever basis the item cites. Only the clauses of a conditional deadline that are
 * about it are held (2.处罚决定:20个工作日内). An item published only on request is not checked (its
 * deadline is a reply period); 及时, 长期 and unread text are not held to a number. Stateless;
 * thread-safe.
 */
public final class DomainDeadlineRule implements CatalogRule {

  private static final Set<DomainStatute.Kind> KINDS = Set.of(DomainStatute.Kind.PUBLISH);

  private static final List<RuleDescription> DESCRIPTIONS =
      List.of(
          new RuleDescription(
              DomainRules.DEADLINE_EXCEEDS_STATUTE,
              null,
              Severity.ERROR,
              "领域法定公开时限:按事项本身(如政府预算、政府采购中标结果和合同、中标候选人、行政处罚决定)所适用的法律或国家文件的期限核对公开时限,不论目录是否引用该法",
              "Domain statutory deadlines: the deadline of an item that a law or national guideline"
                  + " gives a publishing period in its domain (政府预算, 政府采购 results and"
                  + " contracts, 中标候选人, 行政处罚 decisions …) is held to it, whatever the item"
                  + " cites",
              "预算法第十四条;政府采购法实施条例第四十三、五十条;招标投标法实施条例第五十四条;国办发〔2018〕118号;" + "生态环境部令第4号"));

  /** The rule. */
  public DomainDeadlineRule() {}

  @Override
  public List<RuleDescription> descriptions() {
    return DESCRIPTIONS;
  }

  @Override
  public Set<PilotDomain> domains() {
    return DomainStatutes.bundled().domains(KINDS);
  }

  @Override
  public Optional<MessageBundle> messages() {
    return Optional.of(DomainChecks.MESSAGES);
  }

  @Override
  public void check(Catalog catalog, RuleContext context) {
    List<Item> items = catalog.items();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Deadline deadline = item.deadline();
      if (deadline != null && !onRequestOnly(item)) {
        List<DomainStatute> laws =
            DomainStatutes.bundled().applying(KINDS, catalog.domain(), FoldedItem.of(item));
        for (DomainStatute law : laws) {
          if (!leftToBuiltIn(law, item, context)) {
            check(deadline, law, i, context);
          }
        }
      }
    }
  }

  private static void check(Deadline deadline, DomainStatute law, int index, RuleContext context) {
    for (Deadline leaf : DomainChecks.heldLeaves(deadline, law)) {
      DeadlineComparison c =
          DomainChecks.comparePublish(leaf, law.period(), context.deadlineOrder());
      if (c != null && DomainChecks.breaks(c)) {
        context.report(
            index,
            Finding.builder(DomainRules.DEADLINE_EXCEEDS_STATUTE, Severity.ERROR)
                .field("deadline")
                .newValue(leaf.raw())
                .param("what", law.what())
                .param("law", law.citation())
                .param("period", law.period().toString())
                .param("reason@zh", c.message(Locale.SIMPLIFIED_CHINESE))
                .param("reason@en", c.message(Locale.ENGLISH)));
      }
    }
  }

  /** A deadline counted from an application is a reply period, not a publishing deadline. */
  private static boolean onRequestOnly(Item item) {
    return !item.modes().isEmpty() && !item.modes().contains(Mode.PROACTIVE);
  }

  /**
   * Whether the built-in statute rules hold this item to the law already — it cites the law, the
   * table says they know it, the built-in rule is enabled and (for deadlines, which it checks on 主动
   * items only) the item is 主动 — so that one breach gives one finding.
   */
  static boolean leftToBuiltIn(DomainStatute law, Item item, RuleContext context) {
    boolean publish = law.kind() == DomainStatute.Kind.PUBLISH;
    RuleId builtIn = publish ? RuleId.DEADLINE_EXCEEDS_STATUTE : RuleId.DISPLAY_PERIOD_TOO_SHORT;
    return law.builtIn()
        && context.isEnabled(builtIn)
        && (!publish || item.modes().contains(Mode.PROACTIVE))
        && law.citedBy(item);
  }
}
