package io.github.gkml.validation;

import io.github.gkml.model.ItemPath;
import io.github.gkml.model.SourceLocation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reports like those of a revision check of a 社会救助 catalog, 2022 → 2023: the same findings for
 * every format's tests.
 */
public final class ReportSamples {

  /** The old version. */
  public static final Report.Source OLD = Report.Source.of("社会救助-2022.yaml", "2022");

  /** The new version. */
  public static final Report.Source NEW = Report.Source.of("社会救助-2023.yaml", "2023");

  /** The reason of the one accepted finding. */
  public static final String REASON = "依据《某省最低生活保障审核确认办法》(某民发〔2023〕12号)调整公示期";

  private ReportSamples() {}

  /** The comparison of the two versions. */
  public static Report revision() {
    return Report.comparison(OLD, NEW, findings());
  }

  /** The findings of the comparison, not sorted. */
  public static List<Finding> findings() {
    return List.of(
        finding("ITEM_ADDED", Severity.INFO, null, "临时救助", "救助标准")
            .newValue("临时救助 / 救助标准")
            .location(new SourceLocation("社会救助-2023.yaml", null, 140, 5, "/items/18"))
            .build(),
        finding("CHANNEL_REMOVED", Severity.ERROR, Principle.WAYS_ONLY_MORE, "最低生活保障", "审批信息")
            .field("channels")
            .oldValue("政府网站、两微一端")
            .newValue("政府网站、政务微信")
            .param("lost", "政务微博、政务客户端")
            .location(new SourceLocation("社会救助-2023.yaml", null, 112, 5, "/items/5"))
            .build(),
        finding("ITEM_REMOVED", Severity.ERROR, Principle.ITEMS_ONLY_ADDED, "临时救助", "审批结果")
            .field("path")
            .oldValue("临时救助 / 审批结果")
            .location(new SourceLocation("社会救助-2022.yaml", null, 88, 5, "/items/12"))
            .build(),
        finding(
                "DEADLINE_LOOSENED",
                Severity.ERROR,
                Principle.DEADLINES_ONLY_TIGHTER,
                "特困人员救助供养",
                "审批结果")
            .field("deadline")
            .oldValue("自信息形成或者变更之日起20个工作日内")
            .newValue("自信息形成或者变更之日起30日内")
            .build(),
        finding(
                "CONTENT_ELEMENT_REMOVED",
                Severity.ERROR,
                Principle.ITEMS_ONLY_ADDED,
                "最低生活保障",
                "办事指南")
            .field("content")
            .oldValue("办理事项、办理条件、申请材料、办理流程")
            .newValue("办理事项、办理条件、办理流程")
            .build(),
        finding("ITEM_RENAMED", Severity.WARNING, null, "城乡最低生活保障", "政策文件")
            .field("path")
            .oldValue("最低生活保障 / 政策文件")
            .newValue("城乡最低生活保障 / 政策文件")
            .param("score", "0.86")
            .build(),
        finding(
                "DISPLAY_PERIOD_SHORTENED",
                Severity.ERROR,
                Principle.DEADLINES_ONLY_TIGHTER,
                "最低生活保障",
                "审批信息")
            .field("displayPeriod")
            .oldValue("公示7天")
            .newValue("公示5天")
            .build()
            .withAccepted(REASON),
        finding(
                "DEADLINE_INDETERMINATE",
                Severity.WARNING,
                Principle.DEADLINES_ONLY_TIGHTER,
                "临时救助",
                "办事指南")
            .field("deadline")
            .oldValue("自信息形成或者变更之日起20个工作日内")
            .newValue("及时")
            .param("reason", "“及时”没有期限,无法与20个工作日比较")
            .build(),
        finding("CHANNEL_ADDED", Severity.INFO, null, "特困人员救助供养", "办事指南")
            .field("channels")
            .oldValue("政府网站")
            .newValue("政府网站、公开查阅点")
            .build());
  }

  /** The report of a history check: findings name the versions they compare. */
  public static Report history() {
    Finding removed =
        finding("ITEM_REMOVED", Severity.ERROR, Principle.ITEMS_ONLY_ADDED, "临时救助", "审批结果")
            .field("path")
            .oldValue("临时救助 / 审批结果")
            .build();
    return Report.of(
        "2021 → 2022 → 2023",
        List.of(removed.withVersions("2021", "2022"), removed.withVersions("2021", "2023")));
  }

  /** The report on one catalog, with a value that looks like markup. */
  public static Report single() {
    return Report.of(
        "目录.yaml",
        List.of(
            Finding.builder(RuleId.ELEMENT_MISSING, Severity.ERROR)
                .item(ItemPath.of("最低生活保障", "审批信息"))
                .field("subjects")
                .location(new SourceLocation("目录.yaml", null, 12, 5, "/items/5"))
                .build(),
            Finding.builder(RuleId.CHANNEL_UNKNOWN, Severity.WARNING)
                .item(ItemPath.of("综合业务", "监督检查"))
                .field("channels")
                .newValue("<script>alert('x')</script> & 县融媒体中心")
                .build()
                .withAccepted("县级融媒体中心为本县法定发布渠道 <b>")));
  }

  private static Finding.Builder finding(
      String rule, Severity severity, @Nullable Principle principle, String... path) {
    return Finding.builder(RuleId.of(rule), severity).principle(principle).item(ItemPath.of(path));
  }
}
