package io.github.gkml.validation.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DocumentNumber;
import io.github.gkml.model.Item;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.PeriodUnit;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.model.Trigger;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleContext;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.Objects;

/**
 * BASIS_SUPERSEDED: the item still rests on a text that was replaced — a document of the statutes
 * table's superseded entries (the 2007 条例, 国务院令第492号, replaced by 国务院令第711号 from 2019-05-15), an
 * article number of the 2007 条例 (第十八条, its 20-working-day rule, now 第二十六条) cited without the new
 * order's number, or the 2007 条例's reply period of 15 working days plus 15 (old 第二十四条; now 20 plus
 * 20, 第三十三条).
 */
public final class SupersededBasisRule extends ItemRule {

  private static final TimeSpan OLD_REPLY = TimeSpan.of(15, PeriodUnit.WORKING_DAYS);

  /** The rule. */
  public SupersededBasisRule() {
    super(
        new RuleDescription(
            RuleId.BASIS_SUPERSEDED,
            null,
            Severity.WARNING,
            "公开依据已被替代:引用2007年条例(国务院令第492号)、其旧条文(第十八条)或旧的依申请答复期限(15个工作日+15)",
            "The basis cites a superseded text: the 2007 条例 (国务院令第492号), its old article 第十八条, or"
                + " its old reply period of 15 (+15) working days",
            "国务院令第711号"));
  }

  @Override
  void check(Catalog catalog, Item item, int index, RuleContext context) {
    for (LegalBasis basis : item.basis()) {
      checkBasis(basis, index, context);
    }
    Deadline deadline = item.deadline();
    if (deadline != null) {
      leaves(
          deadline,
          leaf -> {
            if (leaf instanceof Deadline.Within w
                && w.trigger() == Trigger.REQUEST_RECEIVED
                && w.span().equals(OLD_REPLY)
                && OLD_REPLY.equals(w.extension())) {
              context.report(
                  index, finding("deadline", leaf.raw()).param("variant", "oldReplyPeriod"));
            }
          });
    }
  }

  private static void checkBasis(LegalBasis basis, int index, RuleContext context) {
    for (Statute old : Statutes.builtIn().entries()) {
      DocumentNumber number = old.number();
      boolean cited =
          old.kind() == Statute.Kind.SUPERSEDED
              && (number != null ? number.equals(basis.number()) : old.citedBy(basis));
      if (cited) {
        context.report(
            index,
            finding("basis", basis.raw())
                .param("replacement", Objects.requireNonNull(old.replacement())));
        return;
      }
    }
    String title = Folding.fold(basis.title() != null ? basis.title() : basis.raw());
    if (title.contains("信息公开条例")
        && basis.number() == null
        && Folding.fold(basis.raw()).contains("第十八条")) {
      context.report(index, finding("basis", basis.raw()).param("variant", "oldArticle"));
    }
  }

  private static Finding.Builder finding(String field, String value) {
    return Finding.builder(RuleId.BASIS_SUPERSEDED, Severity.WARNING).field(field).newValue(value);
  }
}
