package io.github.gkml.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.NotApplicable;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Principle;
import io.github.gkml.validation.RuleId;
import io.github.gkml.validation.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ConformanceTest {

  static final Baseline SOCIAL = NationalBaselines.of(PilotDomain.SOCIAL_ASSISTANCE);
  static final ItemPath GUIDE = ItemPath.of("最低生活保障", "办事指南");

  /** The national 社会救助 baseline, as a county would copy it. */
  static Catalog county() {
    return SOCIAL.catalog().withMetadata(SOCIAL.catalog().metadata().withVersion("大竹县2023"));
  }

  static Catalog changed(ItemPath path, java.util.function.UnaryOperator<Item> change) {
    List<Item> items = new ArrayList<>();
    for (Item item : county().items()) {
      items.add(item.path().matches(path) ? change.apply(item) : item);
    }
    return county().withItems(items);
  }

  static List<Finding> errorsAndWarnings(Catalog local, AdminLevel level) {
    return Conformance.defaults().conform(local, SOCIAL, level).stream()
        .filter(f -> f.severity() != Severity.INFO)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(PilotDomain.class)
  void every_national_baseline_conforms_to_itself(PilotDomain domain) {
    Baseline baseline = NationalBaselines.of(domain);

    assertThat(Conformance.defaults().conform(baseline.catalog(), baseline, AdminLevel.COUNTY))
        .as(domain.label())
        .isEmpty();
  }

  @Nested
  class Missing_items {

    @Test
    void a_missing_baseline_item_breaks_the_first_principle() {
      Catalog local =
          county()
              .withItems(county().items().stream().filter(i -> !i.path().matches(GUIDE)).toList());

      assertThat(errorsAndWarnings(local, AdminLevel.COUNTY))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo(RuleId.BASELINE_ITEM_MISSING);
                assertThat(f.principle()).isEqualTo(Principle.ITEMS_ONLY_ADDED);
                assertThat(f.item()).isEqualTo(GUIDE);
                assertThat(f.message(Locale.CHINA)).startsWith("缺少基准目录中的事项“最低生活保障 / 办事指南”");
              });
    }

    @Test
    void a_declared_not_applicable_item_is_reported_for_information_with_its_reason() {
      Catalog local =
          county()
              .withItems(county().items().stream().filter(i -> !i.path().matches(GUIDE)).toList())
              .withNotApplicable(List.of(NotApplicable.of(GUIDE, "本县低保办事指南统一在县政务服务网发布")));

      List<Finding> findings = Conformance.defaults().conform(local, SOCIAL, AdminLevel.COUNTY);

      assertThat(findings)
          .extracting(Finding::ruleId, Finding::severity)
          .containsExactly(tuple(RuleId.BASELINE_ITEM_NOT_APPLICABLE, Severity.INFO));
      assertThat(findings.get(0).message(Locale.CHINA)).contains("本县低保办事指南统一在县政务服务网发布");
    }

    @Test
    void a_renamed_item_is_recognised_and_reported_as_renamed() {
      Catalog local = changed(GUIDE, i -> i.withPath(ItemPath.of("城乡最低生活保障", "办事指南")));

      assertThat(errorsAndWarnings(local, AdminLevel.COUNTY))
          .extracting(Finding::ruleId)
          .containsExactly(RuleId.ITEM_RENAMED);
    }

    @Test
    void a_township_need_not_carry_items_published_at_county_level_only() {
      Item countyOnly = county().items().get(0).toBuilder().levels(AdminLevel.COUNTY).build();
      Catalog baselineWithCountyOnly =
          county().withItems(List.of(countyOnly, county().items().get(1)));
      Baseline baseline = Baseline.from(baselineWithCountyOnly);
      Catalog township = county().withItems(List.of(county().items().get(1)));

      assertThat(Conformance.defaults().conform(township, baseline, AdminLevel.TOWNSHIP)).isEmpty();
      assertThat(Conformance.defaults().conform(township, baseline, AdminLevel.COUNTY))
          .extracting(Finding::ruleId)
          .contains(RuleId.BASELINE_ITEM_MISSING);
    }
  }

  @Nested
  class Counterparts {

    @ParameterizedTest
    @CsvSource({
      "自信息形成或者变更之日起20个工作日内, DEADLINE_INDETERMINATE",
      "制定或获取信息之日起20个工作日内, DEADLINE_LOOSENED",
      "制定或获取信息之日起5个工作日内, ",
    })
    void a_local_deadline_may_only_tighten_the_baselines(String deadline, String rule) {
      List<Finding> findings =
          errorsAndWarnings(
              changed(GUIDE, i -> i.withDeadline(io.github.gkml.model.Deadline.parse(deadline))),
              AdminLevel.COUNTY);

      if (rule == null) {
        assertThat(findings).isEmpty();
      } else {
        assertThat(findings).extracting(f -> f.ruleId().id()).containsExactly(rule);
      }
    }

    @Test
    void a_local_catalog_may_add_channels_but_not_drop_them() {
      List<Finding> wider =
          Conformance.defaults()
              .conform(
                  changed(
                      GUIDE,
                      i -> i.toBuilder().channels("政府网站", "公开查阅点", "政务服务中心", "两微一端").build()),
                  SOCIAL,
                  AdminLevel.COUNTY);
      List<Finding> narrower =
          errorsAndWarnings(
              changed(GUIDE, i -> i.toBuilder().channels("政府网站").build()), AdminLevel.COUNTY);

      assertThat(wider).extracting(Finding::ruleId).containsExactly(RuleId.CHANNEL_ADDED);
      assertThat(narrower)
          .extracting(Finding::ruleId, Finding::oldValue)
          .containsExactlyInAnyOrder(
              tuple(RuleId.CHANNEL_REMOVED, "公开查阅点"), tuple(RuleId.CHANNEL_REMOVED, "政务服务中心"));
    }

    @Test
    void its_own_wording_of_basis_and_subjects_is_not_a_finding() {
      Catalog local =
          changed(
              GUIDE, i -> i.toBuilder().subjects("大竹县民政局").basis("《社会救助暂行办法》(国务院令第649号)").build());

      assertThat(Conformance.defaults().conform(local, SOCIAL, AdminLevel.COUNTY)).isEmpty();
    }
  }

  @Nested
  class Example_catalogs {

    static final Path DATA = Path.of(System.getProperty("gkml.root", ".."), "examples", "data");

    static List<Finding> conform(String file) throws IOException {
      Catalog local = CatalogFormat.defaults().read(DATA.resolve(file));
      return Conformance.defaults()
          .conform(local, NationalBaselines.of(local.domain()), AdminLevel.COUNTY)
          .stream()
          .filter(f -> f.severity() != Severity.INFO)
          .toList();
    }

    @Test
    void the_2023_catalogs_conform_to_their_national_baselines() throws IOException {
      assertThat(conform("shehui-jiuzhu-2023.yaml")).isEmpty();
      assertThat(conform("yanglao-fuwu-2023.yaml")).isEmpty();
      assertThat(conform("yanglao-fuwu-2024.yaml")).isEmpty();
    }

    @Test
    void the_2024_social_assistance_catalog_lists_exactly_why_it_does_not() throws IOException {
      assertThat(conform("shehui-jiuzhu-2024.yaml"))
          .extracting(Finding::ruleId, f -> String.valueOf(f.item()))
          .containsExactly(
              tuple(RuleId.CONTENT_ELEMENT_REMOVED, "临时救助 / 办事指南"),
              tuple(RuleId.ITEM_RENAMED, "最低生活保障 / 审核确认信息"),
              tuple(RuleId.CHANNEL_REMOVED, "特困人员救助供养 / 政策法规文件"));
    }
  }
}
