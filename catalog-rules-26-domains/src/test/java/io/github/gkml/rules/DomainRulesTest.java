package io.github.gkml.rules;

import static io.github.gkml.model.PilotDomain.BUDGETS_AND_FINAL_ACCOUNTS;
import static io.github.gkml.model.PilotDomain.ENVIRONMENTAL_PROTECTION;
import static io.github.gkml.model.PilotDomain.HOUSING_EXPROPRIATION;
import static io.github.gkml.model.PilotDomain.LAND_ACQUISITION_COMPENSATION;
import static io.github.gkml.model.PilotDomain.MAJOR_CONSTRUCTION_PROJECTS;
import static io.github.gkml.model.PilotDomain.POVERTY_ALLEVIATION;
import static io.github.gkml.model.PilotDomain.PUBLIC_LEGAL_SERVICES;
import static io.github.gkml.model.PilotDomain.PUBLIC_RESOURCE_TRADING;
import static io.github.gkml.model.PilotDomain.SOCIAL_ASSISTANCE;
import static io.github.gkml.model.PilotDomain.SPATIAL_PLANNING;
import static io.github.gkml.model.PilotDomain.URBAN_ADMINISTRATIVE_ENFORCEMENT;
import static io.github.gkml.model.PilotDomain.WORK_SAFETY;
import static io.github.gkml.rules.DomainRows.citingOnlyTheRegulation;
import static io.github.gkml.rules.DomainRows.displayed;
import static io.github.gkml.rules.DomainRows.due;
import static io.github.gkml.rules.DomainRows.named;
import static io.github.gkml.rules.DomainRows.row;
import static io.github.gkml.rules.DomainRules.DEADLINE_EXCEEDS_STATUTE;
import static io.github.gkml.rules.DomainRules.DISPLAY_PERIOD_MISSING;
import static io.github.gkml.rules.DomainRules.DISPLAY_PERIOD_TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Item;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.validation.CatalogValidator;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The domain rules on real rows: the rows that break a statute of their domain, and the rows that
 * keep it. {@link DomainRulesEngineTest} covers discovery, citations, messages and domains.
 */
class DomainRulesTest {

  static final Item LAND_PLAN = row(LAND_ACQUISITION_COMPENSATION, "征地前期准备", "征收土地补偿安置公告");
  static final Item LAND_NOTICE = row(LAND_ACQUISITION_COMPENSATION, "征地前期准备", "拟征收土地告知");
  static final Item DIBAO_REVIEW = row(SOCIAL_ASSISTANCE, "最低生活保障", "审核信息");
  static final Item AWARD = row(PUBLIC_RESOURCE_TRADING, "政府采购信息", "中标、成交结果");
  static final Item CONTRACT = row(PUBLIC_RESOURCE_TRADING, "政府采购信息", "采购合同");
  static final Item MASTER_PLAN = row(SPATIAL_PLANNING, "国土空间规划编制", "区级国土空间总体规划");
  static final Item PLAN_PENALTY = row(SPATIAL_PLANNING, "行政处罚", "事后公开");
  static final Item EIA = row(ENVIRONMENTAL_PROTECTION, "行政许可", "建设项目环境影响评价文件审批");
  static final Item TENDERS = row(MAJOR_CONSTRUCTION_PROJECTS, "招标投标信息", "招标投标");

  /** Validated with every rule; only the domain rules' findings. */
  static List<Finding> domainFindings(PilotDomain domain, Item item) {
    Catalog catalog = DomainRows.county(domain, item);
    return CatalogValidator.defaults().validate(catalog).stream()
        .filter(f -> f.ruleId().id().startsWith("DOMAIN_"))
        .toList();
  }

  static Stream<Arguments> breaking() {
    return Stream.of(
        arguments(
            LAND_ACQUISITION_COMPENSATION, LAND_PLAN, DISPLAY_PERIOD_MISSING, "征地补偿安置方案公告不少于30日"),
        // Changed: a display period of 10个工作日 (the row gives none).
        arguments(
            LAND_ACQUISITION_COMPENSATION,
            displayed(LAND_PLAN, "公告期限为10个工作日"),
            DISPLAY_PERIOD_TOO_SHORT,
            "第二十八条规定公示期不少于30日"),
        arguments(
            LAND_ACQUISITION_COMPENSATION, LAND_NOTICE, DISPLAY_PERIOD_MISSING, "征收土地预公告不少于10个工作日"),
        // Changed: 15 days — as long as 10 working days most of the time, shorter around 国庆 and 春节.
        arguments(
            LAND_ACQUISITION_COMPENSATION,
            displayed(LAND_NOTICE, "公告15日"),
            DISPLAY_PERIOD_TOO_SHORT,
            "“公告15日”可能不足"),
        // Changed: 5 working days instead of 7 (a week published on a Monday ends on Friday).
        arguments(
            SOCIAL_ASSISTANCE,
            due(DIBAO_REVIEW, "制定或获取信息之日起10个工作日内,公示5个工作日"),
            DISPLAY_PERIOD_TOO_SHORT,
            "民发〔2021〕57号"),
        // Changed: a 公告期限 of 3 working days (G3 gives 5); the row cites nothing.
        arguments(
            PUBLIC_RESOURCE_TRADING,
            due(row(PUBLIC_RESOURCE_TRADING, "政府采购信息", "资格预审公告"), "及时公开,公告期限为3个工作日"),
            DISPLAY_PERIOD_TOO_SHORT,
            "财政部令第87号"),
        // Changed: 2 working days (S7 gives 3); the row cites 财库〔2015〕135号 by title only.
        arguments(
            PUBLIC_RESOURCE_TRADING,
            due(row(PUBLIC_RESOURCE_TRADING, "政府采购信息", "竞争性谈判公告、竞争性磋商公告和询价公告"), "及时公开,公告期限为2个工作日"),
            DISPLAY_PERIOD_TOO_SHORT,
            "财库〔2015〕135号"),
        // Changed: 3 working days (G3 gives 5).
        arguments(
            PUBLIC_RESOURCE_TRADING,
            due(row(PUBLIC_RESOURCE_TRADING, "政府采购信息", "单一来源公示"), "及时公开,公示期限不得少于3个工作日"),
            DISPLAY_PERIOD_TOO_SHORT,
            "单一来源采购公示"),
        // Changed: within 5 working days (G3 gives 2).
        arguments(
            PUBLIC_RESOURCE_TRADING,
            due(AWARD, "自中标、成交供应商确定之日起5个工作日内公告,公告期限为1个工作日"),
            DEADLINE_EXCEEDS_STATUTE,
            "第四十三条规定2个工作日内公开"),
        // Changed: the 公告期限 left out.
        arguments(
            PUBLIC_RESOURCE_TRADING,
            due(AWARD, "自中标、成交供应商确定之日起2个工作日内公告"),
            DISPLAY_PERIOD_MISSING,
            "不少于1个工作日"),
        // Changed: a 公告期限 of 4 hours (G3 gives 1 working day).
        arguments(
            PUBLIC_RESOURCE_TRADING,
            due(AWARD, "自中标、成交供应商确定之日起2个工作日内公告,公告期限为4小时"),
            DISPLAY_PERIOD_TOO_SHORT,
            "政府采购中标结果公告"),
        // Changed: 7 working days after signing (G3 gives 2).
        arguments(
            PUBLIC_RESOURCE_TRADING,
            due(CONTRACT, "合同签订之日起7个工作日内"),
            DEADLINE_EXCEEDS_STATUTE,
            "第五十条"),
        // Changed: the 重大建设项目 row's catalog is a 公共资源交易 one — its 中标候选人公示 within 20 working days.
        arguments(PUBLIC_RESOURCE_TRADING, TENDERS, DEADLINE_EXCEEDS_STATUTE, "第五十四条规定3日内公开"),
        arguments(PUBLIC_RESOURCE_TRADING, TENDERS, DISPLAY_PERIOD_MISSING, "中标候选人公示不少于3日"),
        // Changed: as above, with a display period of 2 days (two values).
        arguments(
            PUBLIC_RESOURCE_TRADING,
            displayed(TENDERS, "公示2日"),
            DISPLAY_PERIOD_TOO_SHORT,
            "中标候选人公示"),
        // Changed: 20 working days instead of 30 days, and the 条例 alone cited (two values).
        arguments(
            SPATIAL_PLANNING,
            citingOnlyTheRegulation(due(MASTER_PLAN, "批前公示时间不得少于20个工作日;批后公布应在规划批准后20个工作日内向社会公布")),
            DISPLAY_PERIOD_TOO_SHORT,
            "征求意见期不少于30日"),
        // Changed: 20 working days instead of 7.
        arguments(
            SPATIAL_PLANNING,
            due(PLAN_PENALTY, "20个工作日"),
            DEADLINE_EXCEEDS_STATUTE,
            "国办发〔2018〕118号"),
        // Changed: 20 working days after approval, and the 条例 alone cited (two values).
        arguments(
            BUDGETS_AND_FINAL_ACCOUNTS,
            citingOnlyTheRegulation(
                due(row(BUDGETS_AND_FINAL_ACCOUNTS, "财政预决算", "政府预算"), "本级人民代表大会或其常务委员会批准后20个工作日内")),
            DEADLINE_EXCEEDS_STATUTE,
            "《预算法》第十四条规定20日内公开"),
        // Changed: 20 working days after the 批复, and the 条例 alone cited (two values).
        arguments(
            BUDGETS_AND_FINAL_ACCOUNTS,
            citingOnlyTheRegulation(
                due(row(BUDGETS_AND_FINAL_ACCOUNTS, "财政预决算", "部门预算"), "本级政府财政部门批复后20个工作日内")),
            DEADLINE_EXCEEDS_STATUTE,
            "部门预算、决算"),
        arguments(ENVIRONMENTAL_PROTECTION, EIA, DEADLINE_EXCEEDS_STATUTE, "环评审批决定"),
        // Changed: the deadline names a display of 3 working days (shorter than both 10 and 5).
        arguments(
            ENVIRONMENTAL_PROTECTION,
            due(EIA, "自该信息形成或者变更之日起20个工作日内,受理后公示3个工作日"),
            DISPLAY_PERIOD_TOO_SHORT,
            "受理后公开的环境影响报告书(表)"),
        arguments(ENVIRONMENTAL_PROTECTION, EIA, DISPLAY_PERIOD_MISSING, "环评审批拟决定公示不少于5个工作日"),
        arguments(
            ENVIRONMENTAL_PROTECTION,
            row(ENVIRONMENTAL_PROTECTION, "行政处罚行政强制和行政命令", "行政处罚决定"),
            DEADLINE_EXCEEDS_STATUTE,
            "7个工作日内"),
        arguments(
            WORK_SAFETY,
            row(WORK_SAFETY, "依法行政", "行政处罚"),
            DEADLINE_EXCEEDS_STATUTE,
            "行政许可、行政处罚决定信息"),
        arguments(
            PUBLIC_LEGAL_SERVICES,
            row(PUBLIC_LEGAL_SERVICES, "律师", "对没有取得律师执业证书以律师名义从事法律业务行为的处罚"),
            DEADLINE_EXCEEDS_STATUTE,
            "“自制作或获取该信息之日起20个工作日内公开”"),
        // Only the 处罚决定 clause is held: “2.处罚决定:20个工作日内”.
        arguments(
            URBAN_ADMINISTRATIVE_ENFORCEMENT,
            row(URBAN_ADMINISTRATIVE_ENFORCEMENT, "绿化管理", "损坏城市树木花草"),
            DEADLINE_EXCEEDS_STATUTE,
            "公开时限“20个工作日内”"),
        // 7 working days, 7 more with approval: 14 in all, where 118号 allows no extension.
        arguments(
            URBAN_ADMINISTRATIVE_ENFORCEMENT,
            row(URBAN_ADMINISTRATIVE_ENFORCEMENT, "行政处罚", "对城市生活垃圾处置设施未经验收或者验收不合格投入使用的处罚"),
            DEADLINE_EXCEEDS_STATUTE,
            "新“14个工作日”"),
        // Changed: the row named as the 公告公示 of the plan.
        arguments(
            POVERTY_ALLEVIATION,
            named(row(POVERTY_ALLEVIATION, "衔接资金项目", "年度计划"), "年度计划公告公示"),
            DISPLAY_PERIOD_MISSING,
            "不少于10日"),
        // Changed: named as above, and a display period of 7 days (two values).
        arguments(
            POVERTY_ALLEVIATION,
            displayed(named(row(POVERTY_ALLEVIATION, "衔接资金项目", "年度计划"), "年度计划公告公示"), "公示7天"),
            DISPLAY_PERIOD_TOO_SHORT,
            "扶贫资金项目公告公示"),
        // Changed: the row named as the 补偿方案 put out for comment.
        arguments(
            HOUSING_EXPROPRIATION,
            named(DomainRows.expropriationStart(), "房屋征收补偿方案征求意见"),
            DISPLAY_PERIOD_MISSING,
            "不少于30日"),
        // Changed: named as above, a comment period of 15 days, and the 条例 alone cited (the row
        // cites 590号令, which leaves it to DISPLAY_PERIOD_TOO_SHORT: DomainRulesEngineTest).
        arguments(
            HOUSING_EXPROPRIATION,
            citingOnlyTheRegulation(
                displayed(named(DomainRows.expropriationStart(), "房屋征收补偿方案征求意见"), "征求意见期限为15日")),
            DISPLAY_PERIOD_TOO_SHORT,
            "第十条规定征求意见期不少于30日"));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("breaking")
  void reports_a_row_that_breaks_a_statute_of_its_domain(
      PilotDomain domain, Item item, RuleId rule, String inMessage) {
    List<Finding> findings = domainFindings(domain, item);

    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals(rule))
        .as("%s %s", domain.label(), item.path())
        .singleElement()
        .satisfies(f -> assertThat(f.message(Locale.CHINA)).contains(inMessage));
  }

  static Stream<Arguments> keeping() {
    return Stream.of(
        // 7 working days are never shorter than 民发〔2021〕57号's 7 days.
        arguments(SOCIAL_ASSISTANCE, DIBAO_REVIEW),
        // Changed: the 办法's own words.
        arguments(SOCIAL_ASSISTANCE, due(DIBAO_REVIEW, "制定或获取信息之日起10个工作日内,公示期为7天")),
        arguments(PUBLIC_RESOURCE_TRADING, row(PUBLIC_RESOURCE_TRADING, "政府采购信息", "招标公告")),
        arguments(PUBLIC_RESOURCE_TRADING, AWARD),
        arguments(PUBLIC_RESOURCE_TRADING, CONTRACT),
        arguments(PUBLIC_RESOURCE_TRADING, row(PUBLIC_RESOURCE_TRADING, "政府采购信息", "单一来源公示")),
        // An engineering 招标公告 is not a 政府采购 one: 87号令 does not apply.
        arguments(PUBLIC_RESOURCE_TRADING, row(PUBLIC_RESOURCE_TRADING, "工程建设项目招标投标信息", "招标公告")),
        arguments(BUDGETS_AND_FINAL_ACCOUNTS, row(BUDGETS_AND_FINAL_ACCOUNTS, "财政预决算", "政府预算")),
        arguments(BUDGETS_AND_FINAL_ACCOUNTS, row(BUDGETS_AND_FINAL_ACCOUNTS, "财政预决算", "部门决算")),
        arguments(SPATIAL_PLANNING, MASTER_PLAN),
        arguments(SPATIAL_PLANNING, PLAN_PENALTY),
        arguments(PUBLIC_LEGAL_SERVICES, row(PUBLIC_LEGAL_SERVICES, "行政许可", "基层法律服务工作者执业、变更、注销许可")),
        // Changed: the content names the 许可决定; only the 7-working-day 行政许可 clause is held.
        arguments(
            MAJOR_CONSTRUCTION_PROJECTS,
            row(MAJOR_CONSTRUCTION_PROJECTS, "批准结果信息", "乡村建设规划许可证核发").toBuilder()
                .content("许可决定")
                .build()),
        // Changed: the deadline the 公众参与办法 sets, with the 10-working-day 受理 display.
        arguments(ENVIRONMENTAL_PROTECTION, due(EIA, "自作出审批决定之日起7个工作日内,受理后公示10个工作日")),
        // Changed: the 条例's own words.
        arguments(LAND_ACQUISITION_COMPENSATION, displayed(LAND_NOTICE, "预公告时间不少于十个工作日")),
        // Changed: 长期公开 keeps the notice up.
        arguments(LAND_ACQUISITION_COMPENSATION, due(LAND_PLAN, "长期公开")),
        arguments(
            LAND_ACQUISITION_COMPENSATION,
            row(LAND_ACQUISITION_COMPENSATION, "征地前期准备", "拟征收土地现状调查")),
        arguments(
            LAND_ACQUISITION_COMPENSATION,
            row(LAND_ACQUISITION_COMPENSATION, "征地前期准备", "征地补偿安置方案听证")),
        arguments(LAND_ACQUISITION_COMPENSATION, row(LAND_ACQUISITION_COMPENSATION, "征地管理政策")),
        arguments(
            URBAN_ADMINISTRATIVE_ENFORCEMENT,
            row(URBAN_ADMINISTRATIVE_ENFORCEMENT, "行政处罚", "对生活垃圾在中转站内不按规定密闭存放或者存放时间超过48小时的处罚")),
        arguments(POVERTY_ALLEVIATION, row(POVERTY_ALLEVIATION, "扶贫对象", "贫困人口识别")),
        arguments(HOUSING_EXPROPRIATION, DomainRows.expropriationStart()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("keeping")
  void reports_nothing_on_a_row_that_keeps_the_statutes_of_its_domain(
      PilotDomain domain, Item item) {
    assertThat(domainFindings(domain, item)).as("%s %s", domain.label(), item.path()).isEmpty();
  }
}
