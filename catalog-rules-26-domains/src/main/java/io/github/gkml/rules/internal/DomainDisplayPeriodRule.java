package io.github.gkml.rules.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DeadlineComparison;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Item;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.rules.DomainRules;
import io.github.gkml.validation.CatalogRule;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.MessageBundle;
import io.github.gkml.validation.RuleContext;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * DOMAIN_DISPLAY_PERIOD_TOO_SHORT and DOMAIN_DISPLAY_PERIOD_MISSING: an item that is what a law
 * sets a minimum display or comment period for in its domain (征地补偿安置方案公告 30日, 预公告 10个工作日, 房屋征收补偿方案
 * 30日, 低保审核公示 7日, 政府采购招标公告 5个工作日 …), whatever basis it cites, gives a period that can end sooner
 * (an error: the catalog tells staff to break the law), or gives none (a warning: the law binds the
 * notice all the same, and 国办发〔2019〕54号 does not make the period a required element, but a catalog
 * that does not state it lets a notice come down early). A deadline of 长期公开 keeps the item up and
 * needs no period. Stateless; thread-safe.
 */
public final class DomainDisplayPeriodRule implements CatalogRule {

  private static final Set<DomainStatute.Kind> KINDS =
      Set.of(DomainStatute.Kind.DISPLAY, DomainStatute.Kind.COMMENT);

  private static final String SOURCE =
      "土地管理法实施条例第二十六、二十八条;国有土地上房屋征收与补偿条例第十条;城乡规划法第二十六条;"
          + "民发〔2021〕57号;财政部令第87号、第74号;招标投标法实施条例第五十四条等";

  private static final List<RuleDescription> DESCRIPTIONS =
      List.of(
          new RuleDescription(
              DomainRules.DISPLAY_PERIOD_TOO_SHORT,
              null,
              Severity.ERROR,
              "领域法定公示期:按事项本身(如征地补偿安置方案公告、房屋征收补偿方案、低保审核公示、政府采购公告)所适用的最短公示期或征求意见期核对,不论目录是否引用该法",
              "Domain statutory display periods: the display or comment period of an item that a"
                  + " law gives a minimum in its domain (征地补偿安置方案, 房屋征收补偿方案, 低保 公示,"
                  + " 政府采购 notices …) is shorter, whatever the item cites",
              SOURCE),
          new RuleDescription(
              DomainRules.DISPLAY_PERIOD_MISSING,
              null,
              Severity.WARNING,
              "领域法定公示期未写明:事项所适用的法律规定了最短公示期或征求意见期,目录却没有写公示期",
              "Domain statutory display period not stated: a law sets a minimum display or comment"
                  + " period for the item, and the catalog gives none",
              SOURCE));

  /** The rule. */
  public DomainDisplayPeriodRule() {}

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
      List<DomainStatute> laws =
          DomainStatutes.bundled().applying(KINDS, catalog.domain(), FoldedItem.of(item));
      if (laws.isEmpty() || item.deadline() instanceof Deadline.Ongoing) {
        continue;
      }
      DisplayPeriod shown = item.effectiveDisplayPeriod();
      if (shown == null) {
        context.report(i, missing(laws));
      } else if (shown.isParsed()) {
        checkShown(item, shown, laws, i, context);
      }
    }
  }

  private static void checkShown(
      Item item, DisplayPeriod shown, List<DomainStatute> laws, int index, RuleContext context) {
    for (DomainStatute law : laws) {
      if (DomainDeadlineRule.leftToBuiltIn(law, item, context)) {
        continue;
      }
      DeadlineComparison c =
          DomainChecks.compareDisplay(shown, law.period(), context.deadlineOrder());
      if (DomainChecks.breaks(c)) {
        Finding.Builder finding =
            Finding.builder(DomainRules.DISPLAY_PERIOD_TOO_SHORT, Severity.ERROR)
                .field("displayPeriod")
                .newValue(shown.raw())
                .param("what", law.what())
                .param("law", law.citation())
                .param("minimum", law.period().toString())
                .param("reason@zh", c.message(Locale.SIMPLIFIED_CHINESE))
                .param("reason@en", c.message(Locale.ENGLISH));
        if (law.kind() == DomainStatute.Kind.COMMENT) {
          finding.param("variant", "comment");
        }
        context.report(index, finding);
        return;
      }
    }
  }

  private static Finding.Builder missing(List<DomainStatute> laws) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (DomainStatute law : laws) {
      zh.add(law.citation() + "规定" + law.what() + "不少于" + law.period());
      en.add(law.citation() + " requires at least " + law.period() + " for the " + law.what());
    }
    return Finding.builder(DomainRules.DISPLAY_PERIOD_MISSING, Severity.WARNING)
        .field("displayPeriod")
        .param("requirements@zh", String.join(";", zh))
        .param("requirements@en", String.join("; ", en));
  }
}
