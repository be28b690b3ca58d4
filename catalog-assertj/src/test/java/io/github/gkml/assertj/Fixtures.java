package io.github.gkml.assertj;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PilotDomain;
import java.util.List;

/** Real rows of the 大竹县 社会救助 catalog, for the assertion tests. */
final class Fixtures {

  static final ItemPath GUIDE = ItemPath.of("临时救助", "办事指南");

  private Fixtures() {}

  static Item.Builder guide() {
    return Item.builder(GUIDE)
        .content("办理事项", "办理条件", "救助标准", "申请材料", "办理流程", "办理时间、地点", "联系方式")
        .basis("《国务院关于全面建立临时救助制度的通知》(国发〔2014〕47号)")
        .deadline("制定或获取信息之日起10个工作日内")
        .subjects("县级人民政府民政部门")
        .channels("政府网站", "政务服务中心", "社区/企事业单位/村公示栏(电子屏)")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.COUNTY, AdminLevel.TOWNSHIP);
  }

  static Catalog catalog(String version, Item... items) {
    return Catalog.of(
        CatalogMetadata.of(PilotDomain.SOCIAL_ASSISTANCE, "大竹县社会救助领域基层政务公开标准目录")
            .withVersion(version),
        List.of(items));
  }
}
