package io.github.gkml.rules;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PilotDomain;
import java.util.List;

/**
 * Rows of published catalogs for the domain-rule tests: the national baselines' rows (each one a
 * dossier row, see {@code docs/baselines.md}) and dossier variants. Where no published row breaks a
 * rule, a test changes one value of a real row and says which; where it must change two, it says
 * so.
 */
final class DomainRows {

  private DomainRows() {}

  /** The national baseline's row of the domain with this path. */
  static Item row(PilotDomain domain, String... path) {
    ItemPath wanted = ItemPath.of(path);
    return NationalBaselines.of(domain).catalog().items().stream()
        .filter(item -> item.path().matches(wanted))
        .findFirst()
        .orElseThrow(() -> new AssertionError(domain.label() + " has no row " + wanted));
  }

  /** The row with another display period in its own column. */
  static Item displayed(Item row, String period) {
    return row.toBuilder().displayPeriod(DisplayPeriod.parse(period)).build();
  }

  /** The row with another deadline. */
  static Item due(Item row, String deadline) {
    return row.toBuilder().deadline(deadline).build();
  }

  /** The row with another last path segment. */
  static Item named(Item row, String name) {
    List<String> segments = new java.util.ArrayList<>(row.path().segments());
    segments.set(segments.size() - 1, name);
    return row.withPath(new ItemPath(segments));
  }

  /** The row citing only the 条例 (a catalog that forgets the special law). */
  static Item citingOnlyTheRegulation(Item row) {
    return row.toBuilder().basis("《中华人民共和国政府信息公开条例》").build();
  }

  /** A county (县级) catalog of the domain with these items. */
  static Catalog county(PilotDomain domain, Item... items) {
    return Catalog.of(
        CatalogMetadata.of(domain, "某县" + domain.label() + "领域基层政务公开标准目录")
            .withLevel(AdminLevel.COUNTY),
        List.of(items));
  }

  /**
   * guoyou-tudi-fangwu-zhengshou.yaml, 征收/启动要件, the S1 variant (level 1 征收启动要件, 主动, 政府网站 and 入户/现场,
   * 特定群体 在征收范围内; its deadline is not in the dossier): its content lists the 房屋征收补偿方案 with the 征收决定,
   * not a plan put out for comment.
   */
  static Item expropriationStart() {
    return Item.builder(ItemPath.of("征收启动要件", "启动要件"))
        .content("1.房屋征收决定", "2.房屋征收补偿方案", "3.房屋征收补助、奖励政策和标准")
        .basis("《国有土地上房屋征收与补偿条例》")
        .subjects("县(区、市)人民政府及相关部门")
        .channels("政府网站", "入户/现场")
        .audience(Audience.SPECIFIC_GROUP)
        .modes(Mode.PROACTIVE)
        .build();
  }
}
