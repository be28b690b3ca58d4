package io.github.gkml.validation.internal;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.Item;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleContext;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * LEVEL_INCONSISTENT: an item published at a level above the catalog's own. A catalog is compiled
 * by one level of government and covers that level and the levels below it (a county catalog is
 * published for the county, its townships and villages, 国办发〔2019〕54号); a 县级 catalog's item at 省级
 * only, or a 乡级 catalog's item at 县级, belongs to another catalog. An error when every level of the
 * item is above the catalog's; a warning (variant {@code partly}) when only some are. Not checked
 * when the catalog gives no level or the item no levels.
 */
public final class LevelRule extends ItemRule {

  /** The rule. */
  public LevelRule() {
    super(
        new RuleDescription(
            RuleId.LEVEL_INCONSISTENT,
            null,
            Severity.ERROR,
            "公开层级与目录层级不符:事项的公开层级高于目录本身的层级(如县级目录中只在省级公开的事项,乡级目录中的县级事项);" + "部分层级高于目录层级时为警告",
            "An item is published at a level above the catalog's own (a 县级 catalog's item at 省级"
                + " only, a 乡级 catalog's item at 县级); a warning when only some of its levels are",
            "国办发〔2019〕54号"));
  }

  @Override
  void check(Catalog catalog, Item item, int index, RuleContext context) {
    AdminLevel own = catalog.metadata().level();
    if (own == null || item.levels().isEmpty()) {
      return;
    }
    List<String> above = new ArrayList<>();
    for (AdminLevel level : item.levels()) {
      if (level.compareTo(own) < 0) {
        above.add(level.label());
      }
    }
    if (above.isEmpty()) {
      return;
    }
    boolean all = above.size() == item.levels().size();
    List<String> levels = new ArrayList<>();
    item.levels().forEach(l -> levels.add(l.label()));
    Finding.Builder finding =
        Finding.builder(RuleId.LEVEL_INCONSISTENT, all ? Severity.ERROR : Severity.WARNING)
            .field("levels")
            .newValue(String.join("、", levels))
            .param("catalog", own.label())
            .param("above", String.join("、", above));
    context.report(index, all ? finding : finding.param("variant", "partly"));
  }
}
