package io.github.gkml.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.RetiredItem;
import io.github.gkml.model.testing.CatalogGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RevisionCheckTest {

  static final RevisionCheck CHECK = RevisionCheck.defaults();

  /** 临时救助 / 办事指南 of the 大竹县 社会救助 catalog. */
  static Item.Builder guide() {
    return Item.builder(ItemPath.of("临时救助", "办事指南"))
        .code("0402")
        .content("办理事项", "办理条件", "救助标准", "申请材料", "办理流程", "办理时间、地点", "联系方式")
        .basis("《国务院关于全面建立临时救助制度的通知》(国发〔2014〕47号)", "各地相关政策法规文件")
        .deadline("自信息形成或者变更之日起20个工作日内")
        .subjects("县级人民政府民政部门", "乡镇人民政府(街道办事处)")
        .channels("政府网站", "两微一端", "社区/企事业单位/村公示栏(电子屏)")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.COUNTY, AdminLevel.TOWNSHIP);
  }

  static Catalog version(String label, Item... items) {
    return Catalog.of(
        CatalogMetadata.of(PilotDomain.SOCIAL_ASSISTANCE, "大竹县社会救助领域基层政务公开标准目录").withVersion(label),
        List.of(items));
  }

  static List<Finding> check(Item before, Item after) {
    return CHECK.check(version("2023", before), version("2024", after));
  }

  @Nested
  class Items_only_added {

    @Test
    void reports_a_dropped_item() {
      Item other = guide().path(ItemPath.of("临时救助", "政策法规文件")).code("0401").build();

      List<Finding> findings =
          CHECK.check(version("2023", guide().build(), other), version("2024", guide().build()));

      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo(RuleId.ITEM_REMOVED);
                assertThat(f.principle()).isEqualTo(Principle.ITEMS_ONLY_ADDED);
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.item()).isEqualTo(ItemPath.of("临时救助", "政策法规文件"));
                assertThat(f.fromVersion()).isEqualTo("2023");
                assertThat(f.toVersion()).isEqualTo("2024");
                assertThat(f.message(Locale.CHINA)).startsWith("删除了事项“临时救助 / 政策法规文件”");
              });
    }

    @Test
    void accepts_a_retired_item_but_not_the_reuse_of_its_name() {
      Item other = guide().path(ItemPath.of("临时救助", "政策法规文件")).code("0401").build();
      RetiredItem retired =
          new RetiredItem(
              other.path(), LocalDate.of(2024, 6, 28), "并入综合业务/政策法规文件", "竹民发〔2024〕21号", null);
      Catalog v2023 = version("2023", guide().build(), other);
      Catalog v2024 = version("2024", guide().build()).withRetired(List.of(retired));
      Catalog v2025 =
          version(
                  "2025",
                  guide().build(),
                  other.toBuilder().content("临时救助资金发放情况").code("0403").build())
              .withRetired(List.of(retired));

      assertThat(CHECK.check(v2023, v2024))
          .extracting(Finding::ruleId, Finding::severity)
          .containsExactly(tuple(RuleId.ITEM_RETIRED, Severity.INFO));
      assertThat(CHECK.check(v2024, v2025))
          .extracting(Finding::ruleId)
          .contains(RuleId.RETIRED_PATH_REUSED, RuleId.ITEM_ADDED);
    }

    @Test
    void reports_a_dropped_content_element() {
      List<Finding> findings =
          check(
              guide().build(),
              guide().content("办理事项", "办理条件", "救助标准", "申请材料", "办理流程", "办理时间、地点").build());

      assertThat(findings)
          .extracting(Finding::ruleId, Finding::oldValue)
          .containsExactly(tuple(RuleId.CONTENT_ELEMENT_REMOVED, "联系方式"));
    }

    @Test
    void reports_a_rename_as_renamed_not_removed_and_added() {
      Item before = guide().code(null).path(ItemPath.of("最低生活保障", "办事指南")).build();
      Item after = guide().code(null).path(ItemPath.of("城乡最低生活保障", "办事指南")).build();

      assertThat(check(before, after))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo(RuleId.ITEM_RENAMED);
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.oldValue()).isEqualTo("最低生活保障 / 办事指南");
                assertThat(f.newValue()).isEqualTo("城乡最低生活保障 / 办事指南");
                assertThat(f.params()).containsKey("score");
              });
    }
  }

  @Nested
  class Ways_only_more {

    @Test
    void replacing_two_weibo_one_app_by_wechat_loses_channels() {
      List<Finding> findings =
          check(guide().build(), guide().channels("政府网站", "政务微信", "社区/企事业单位/村公示栏(电子屏)").build());

      assertThat(findings)
          .extracting(Finding::ruleId, Finding::oldValue)
          .containsExactly(
              tuple(RuleId.CHANNEL_ADDED, null), tuple(RuleId.CHANNEL_REMOVED, "两微一端"));
      assertThat(findings.get(1).principle()).isEqualTo(Principle.WAYS_ONLY_MORE);
    }

    @Test
    void replacing_wechat_by_two_weibo_one_app_gains_channels() {
      List<Finding> findings =
          check(
              guide().channels("政府网站", "微信公众号").build(), guide().channels("政府网站", "两微一端").build());

      assertThat(findings).extracting(Finding::ruleId).containsExactly(RuleId.CHANNEL_ADDED);
    }

    @Test
    void proactive_becoming_on_request_only_narrows_the_mode() {
      assertThat(check(guide().build(), guide().modes(Mode.ON_REQUEST).build()))
          .extracting(Finding::ruleId, Finding::oldValue, Finding::newValue)
          .containsExactly(tuple(RuleId.MODE_NARROWED, "主动", "依申请"));
      assertThat(check(guide().modes(Mode.ON_REQUEST).build(), guide().build())).isEmpty();
    }

    @Test
    void everyone_becoming_a_specific_group_narrows_the_audience() {
      assertThat(check(guide().build(), guide().audience(Audience.SPECIFIC_GROUP).build()))
          .extracting(Finding::ruleId)
          .containsExactly(RuleId.AUDIENCE_NARROWED);
      assertThat(check(guide().audience(Audience.SPECIFIC_GROUP).build(), guide().build()))
          .isEmpty();
    }

    @Test
    void dropping_the_township_level_removes_a_level() {
      assertThat(check(guide().build(), guide().levels(AdminLevel.COUNTY).build()))
          .extracting(Finding::ruleId, Finding::oldValue)
          .containsExactly(tuple(RuleId.LEVEL_REMOVED, "乡级"));
    }
  }

  @Nested
  class Deadlines_only_tighter {

    @ParameterizedTest
    @CsvSource({
      "10个工作日内, DEADLINE_INDETERMINATE, WARNING",
      "自信息形成或者变更之日起10个工作日内, DEADLINE_TIGHTENED, INFO",
      "自信息形成或者变更之日起30日内, DEADLINE_LOOSENED, ERROR",
      "自信息形成或者变更之日起30个工作日内, DEADLINE_LOOSENED, ERROR",
      "及时公开, DEADLINE_INDETERMINATE, WARNING",
      "信息形成或变更之日起二十个工作日内, , ",
    })
    void compares_a_new_deadline_with_twenty_working_days(
        String deadline, String rule, String severity) {
      List<Finding> findings = check(guide().build(), guide().deadline(deadline).build());

      if (rule == null) {
        assertThat(findings).isEmpty();
      } else {
        assertThat(findings)
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.ruleId().id()).isEqualTo(rule);
                  assertThat(f.severity()).isEqualTo(Severity.valueOf(severity));
                  assertThat(f.oldValue()).isEqualTo("自信息形成或者变更之日起20个工作日内");
                  assertThat(f.newValue()).isEqualTo(deadline);
                });
      }
    }

    @Test
    void thirty_calendar_days_are_looser_than_twenty_working_days_for_most_start_dates() {
      Finding finding = check(guide().build(), guide().deadline("自信息形成或者变更之日起30日内").build()).get(0);

      assertThat(finding.ruleId()).isEqualTo(RuleId.DEADLINE_LOOSENED);
      assertThat(finding.message(Locale.CHINA)).contains("起算");
    }

    @Test
    void a_policy_can_read_a_bare_period_as_counted_from_when_the_information_is_formed() {
      RevisionCheck lenient =
          CHECK.withPolicy(
              io.github.gkml.model.StrictnessPolicy.defaults()
                  .withSameTriggers(
                      io.github.gkml.model.Trigger.UNSPECIFIED,
                      io.github.gkml.model.Trigger.FORMED_OR_CHANGED));

      assertThat(
              lenient.check(
                  version("2023", guide().build()),
                  version("2024", guide().deadline("10个工作日内").build())))
          .extracting(Finding::ruleId)
          .containsExactly(RuleId.DEADLINE_TIGHTENED);
    }

    @Test
    void an_indeterminate_comparison_names_its_reason_in_both_languages() {
      Finding finding = check(guide().build(), guide().deadline("及时公开").build()).get(0);

      assertThat(finding.message(Locale.CHINA)).contains("及时").contains("请人工核对");
      assertThat(finding.message(Locale.ENGLISH)).contains("a person must check");
    }

    @Test
    void a_removed_deadline_breaks_the_principle() {
      assertThat(
              check(
                  guide().build(), guide().deadline((io.github.gkml.model.Deadline) null).build()))
          .extracting(Finding::ruleId)
          .containsExactly(RuleId.DEADLINE_REMOVED);
    }

    @Test
    void a_shorter_display_period_breaks_the_principle_and_a_longer_one_does_not() {
      Item seven = guide().displayPeriod(DisplayPeriod.parse("公示7天")).build();
      Item five = guide().displayPeriod(DisplayPeriod.parse("公示5天")).build();

      assertThat(check(seven, five))
          .extracting(Finding::ruleId, Finding::severity)
          .containsExactly(tuple(RuleId.DISPLAY_PERIOD_SHORTENED, Severity.ERROR));
      assertThat(check(five, seven))
          .extracting(Finding::ruleId, Finding::severity)
          .containsExactly(tuple(RuleId.DISPLAY_PERIOD_LENGTHENED, Severity.INFO));
    }
  }

  @Nested
  class Whole_catalogs {

    static LongStream seeds() {
      return LongStream.range(0, 15);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_reordered_catalog_with_no_change_gives_no_finding(long seed) {
      Catalog catalog = CatalogGenerator.seeded(seed).catalog(40);
      List<Item> shuffled = new ArrayList<>(catalog.items());
      Collections.shuffle(shuffled, new Random(seed));

      assertThat(CHECK.check(catalog, catalog)).as("seed %d", seed).isEmpty();
      assertThat(CHECK.check(catalog, catalog.withItems(shuffled))).as("seed %d", seed).isEmpty();
    }

    @Test
    void history_reports_a_removal_even_when_a_later_version_restores_it() {
      Item other = guide().path(ItemPath.of("临时救助", "政策法规文件")).code("0401").build();
      Catalog v1 = version("v1", guide().build(), other);
      Catalog v2 = version("v2", guide().build());
      Catalog v3 = version("v3", guide().build(), other);

      List<Finding> findings = CHECK.historyOf(List.of(v1, v2, v3));

      assertThat(findings)
          .extracting(Finding::ruleId, Finding::fromVersion, Finding::toVersion)
          .containsExactlyInAnyOrder(
              tuple(RuleId.ITEM_REMOVED, "v1", "v2"), tuple(RuleId.ITEM_ADDED, "v2", "v3"));
    }

    @Test
    void history_reports_every_failing_pair_not_only_the_first() {
      Catalog v1 = version("v1", guide().build());
      Catalog v2 = version("v2", guide().levels(AdminLevel.COUNTY).build());
      Catalog v3 = version("v3", guide().levels(AdminLevel.COUNTY).modes(Mode.ON_REQUEST).build());

      List<Finding> failing =
          CHECK.historyOf(List.of(v1, v2, v3)).stream()
              .filter(f -> f.severity() == Severity.ERROR)
              .toList();

      assertThat(failing)
          .extracting(Finding::ruleId, Finding::fromVersion, Finding::toVersion)
          .containsExactlyInAnyOrder(
              tuple(RuleId.LEVEL_REMOVED, "v1", "v2"),
              tuple(RuleId.LEVEL_REMOVED, "v1", "v3"),
              tuple(RuleId.MODE_NARROWED, "v1", "v3"),
              tuple(RuleId.MODE_NARROWED, "v2", "v3"));
    }
  }

  @Nested
  class Example_catalogs {

    static final Path DATA = Path.of(System.getProperty("gkml.root", ".."), "examples", "data");

    static List<Finding> checkFiles(String older, String newer) throws IOException {
      LoadedCatalog a = CatalogFormat.defaults().load(DATA.resolve(older));
      LoadedCatalog b = CatalogFormat.defaults().load(DATA.resolve(newer));
      return CHECK.check(a, b);
    }

    @Test
    void the_social_assistance_revision_breaks_two_principles_and_says_where() throws IOException {
      List<Finding> findings = checkFiles("shehui-jiuzhu-2023.yaml", "shehui-jiuzhu-2024.yaml");

      assertThat(findings.stream().filter(f -> f.severity() == Severity.ERROR))
          .extracting(Finding::ruleId, f -> f.item().toString(), Finding::oldValue)
          .containsExactlyInAnyOrder(
              tuple(RuleId.CONTENT_ELEMENT_REMOVED, "临时救助 / 办事指南", "联系方式"),
              tuple(RuleId.CHANNEL_REMOVED, "特困人员救助供养 / 政策法规文件", "公开查阅点"));
      assertThat(findings)
          .extracting(Finding::ruleId)
          .contains(
              RuleId.ITEM_RENAMED,
              RuleId.ITEM_RETIRED,
              RuleId.ITEM_ADDED,
              RuleId.DEADLINE_TIGHTENED,
              RuleId.CHANNEL_ADDED,
              RuleId.BASIS_CHANGED)
          .doesNotContain(RuleId.ITEM_REMOVED);
      assertThat(findings)
          .allSatisfy(
              f -> {
                assertThat(f.location()).isNotNull();
                assertThat(f.location().row()).isPositive();
                assertThat(f.fromVersion()).isEqualTo("2023");
                assertThat(f.toVersion()).isEqualTo("2024");
              });
    }

    @Test
    void the_elderly_care_revision_only_widens_and_tightens() throws IOException {
      List<Finding> findings = checkFiles("yanglao-fuwu-2023.yaml", "yanglao-fuwu-2024.yaml");

      assertThat(findings)
          .isNotEmpty()
          .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }
  }
}
