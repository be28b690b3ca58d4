package io.github.gkml.validation;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PilotDomain;
import java.util.List;

/**
 * Rows of published catalogs, as the reference dossiers ({@code shared/reference/domains/*.yaml})
 * record them. Where a test needs a row that breaks a rule and no published row does, it changes
 * one value of a real row and says so.
 */
final class RealRows {

  private RealRows() {}

  /** guotu-kongjian-guihua.yaml, 规划编制 row 7: 30日 after the information is formed. */
  static Item villagePlans() {
    return Item.builder(ItemPath.of("规划编制", "部分村庄编制完成的村庄规划、村土地利用规划"))
        .content("村庄规划", "村土地利用规划")
        .basis("《土地管理法》", "《城乡规划法》", "《政府信息公开条例》")
        .deadline("自该信息形成或者变更之日起30日内予以公开,法律法规另有规定的除外。")
        .subjects("县自然资源和规划局")
        .channels("政府网站", "社区/企事业单位/村公示栏(电子屏)")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.COUNTY, AdminLevel.TOWNSHIP, AdminLevel.VILLAGE)
        .build();
  }

  /** jiuye-chuangye.yaml, 就业信息服务/岗位信息发布: 20 working days. */
  static Item jobPostings() {
    return Item.builder(ItemPath.of("就业信息服务", "岗位信息发布"))
        .content("岗位信息")
        .basis("《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)", "《人力资源市场暂行条例》(中华人民共和国国务院令第700号)")
        .deadline("公开事项信息形成或变更之日起20个工作日内公开")
        .subjects("县人力资源社会保障局")
        .channels("政府网站", "政务服务中心")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.COUNTY, AdminLevel.TOWNSHIP)
        .build();
  }

  /** caizheng-yujuesuan.yaml, 财政预决算/政府预算: 20日 after approval, citing 预算法. */
  static Item governmentBudget() {
    return Item.builder(ItemPath.of("财政预决算", "政府预算"))
        .content("政府预算", "预算调整")
        .basis("《中华人民共和国预算法》", "《中华人民共和国政府信息公开条例》", "《财政部关于印发〈地方预决算公开操作规程〉的通知》(财预〔2016〕143号)")
        .deadline("本级人民代表大会或其常务委员会批准后20日内")
        .subjects("县财政局")
        .channels("政府网站")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.COUNTY)
        .build();
  }

  /** anquan-shengchan.yaml, 政策文件/重大决策草案: 按进展情况及时公开. */
  static Item majorDecisionDrafts() {
    return Item.builder(ItemPath.of("政策文件", "重大决策草案"))
        .content("涉及管理相对人切身利益、需社会广泛知晓的重要改革方案等重大决策,决策前向社会公开决策草案、决策依据")
        .basis("《中华人民共和国政府信息公开条例》", "《关于全面推进政务公开工作的意见》(中办发〔2016〕8号)")
        .deadline("按进展情况及时公开")
        .subjects("应急管理部门")
        .channels("政府网站", "两微一端", "公开查阅点")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.COUNTY)
        .build();
  }

  /** gonggong-ziyuan-jiaoyi.yaml, 政府采购信息/招标公告: 及时公开,公告期限为5个工作日 (87号令). */
  static Item tenderNotice() {
    return Item.builder(ItemPath.of("政府采购信息", "招标公告"))
        .content("采购人及其委托的采购代理机构的名称、地址和联系方法", "公告期限")
        .basis("《国务院办公厅关于推进公共资源配置领域政府信息公开的意见》", "《政府采购货物和服务招标投标管理办法》", "《财政部关于做好政府采购信息公开工作的通知》")
        .deadline("及时公开,公告期限为5个工作日")
        .subjects("采购人或者其委托的采购代理机构")
        .channels("政府网站")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .build();
  }

  /**
   * zhengdi-buchang.yaml, 征地法定公告 row (征地补偿安置公告), whose basis and deadline the source cut off; here
   * with the 2021 实施条例 and a display period.
   */
  static Item compensationNotice(String displayPeriod) {
    return Item.builder(ItemPath.of("征地法定公告", "征地补偿安置公告"))
        .content("《征地补偿安置方案》全文(征收范围、土地现状、征收目的、补偿方式和标准、安置对象、安置方式、社会保障等)", "办理补偿登记的方式和期限、异议反馈渠道")
        .basis("《中华人民共和国土地管理法实施条例》(国务院令第743号)")
        .deadline("征地补偿安置方案拟定后及时公告,公告" + displayPeriod)
        .subjects("县人民政府")
        .channels("政府网站", "社区/企事业单位/村公示栏(电子屏)")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.COUNTY, AdminLevel.TOWNSHIP, AdminLevel.VILLAGE)
        .build();
  }

  /** chengshi-zonghe-zhifa.yaml, 绿化管理/损坏城市树木花草: 市级 and 县级. */
  static Item damagedTrees() {
    return Item.builder(ItemPath.of("绿化管理", "损坏城市树木花草"))
        .content("行政处罚决定")
        .basis("《城市绿化条例》")
        .deadline("自该政府信息形成或者变更之日起20个工作日内及时公开")
        .subjects("城市管理行政执法部门或相关行政主管部门")
        .channels("政府网站", "公开查阅点")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.CITY, AdminLevel.COUNTY)
        .build();
  }

  /** guoyou-tudi-fangwu-zhengshou.yaml, 征收/启动要件: 依申请, 自收到申请之日起20个工作日内公开. */
  static Item onRequest(String deadline) {
    return Item.builder(ItemPath.of("征收", "启动要件"))
        .content("征收项目符合公共利益的相关材料")
        .basis("《国有土地上房屋征收与补偿条例》")
        .deadline(deadline)
        .subjects("县(区、市)人民政府及相关部门")
        .channels("其他")
        .audience(Audience.SPECIFIC_GROUP)
        .modes(Mode.ON_REQUEST)
        .build();
  }

  /** shehui-jiuzhu.yaml, 综合业务/政策法规文件, as 大竹县 (dossier S5) publishes it. */
  static Item socialAssistancePolicies() {
    return Item.builder(ItemPath.of("综合业务", "政策法规文件"))
        .content("《社会救助暂行办法》(国务院令第649号)", "各地配套政策法规文件")
        .basis("《中华人民共和国政府信息公开条例》(国务院令第711号)")
        .deadline("制定或获取信息之日起10个工作日内")
        .subjects("县级人民政府民政部门", "乡镇人民政府(街道办事处)")
        .channels("政府网站", "公开查阅点", "政务服务中心")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.COUNTY, AdminLevel.TOWNSHIP)
        .build();
  }

  /** A county (县级) catalog of the domain with these items. */
  static Catalog county(PilotDomain domain, Item... items) {
    return Catalog.of(
        CatalogMetadata.of(domain, "某县" + domain.label() + "领域基层政务公开标准目录")
            .withLevel(AdminLevel.COUNTY),
        List.of(items));
  }
}
