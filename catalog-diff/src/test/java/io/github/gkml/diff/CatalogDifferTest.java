package io.github.gkml.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.Channel;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.testing.CatalogGenerator;
import io.github.gkml.model.testing.RevisionGenerator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogDifferTest {

  static final CatalogDiffer DIFFER = CatalogDiffer.defaults();

  /** 最低生活保障 / 办事指南, as a county catalog publishes it. */
  static Item.Builder guide() {
    return Item.builder(ItemPath.of("最低生活保障", "办事指南"))
        .code("0202")
        .content("办理事项", "办理条件", "最低生活保障标准", "申请材料", "办理流程", "办理时间、地点", "联系方式")
        .basis("《国务院关于进一步加强和改进最低生活保障工作的意见》(国发〔2012〕45号)", "各地相关政策法规文件")
        .deadline("制定或获取信息之日起10个工作日内")
        .subjects("县级人民政府民政部门", "乡镇人民政府(街道办事处)")
        .channels("政府网站", "公开查阅点", "政务服务中心")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.COUNTY, AdminLevel.TOWNSHIP);
  }

  static Item.Builder policy() {
    return Item.builder(ItemPath.of("临时救助", "政策法规文件"))
        .code("0401")
        .content("《国务院关于全面建立临时救助制度的通知》(国发〔2014〕47号)", "各地配套政策法规文件")
        .basis("信息公开规定")
        .deadline("制定或获取信息之日起10个工作日内")
        .subjects("县级人民政府民政部门、乡镇人民政府(街道办事处)")
        .channels("政府网站", "公开查阅点", "政务服务中心")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.COUNTY, AdminLevel.TOWNSHIP);
  }

  static Catalog catalog(Item... items) {
    return Catalog.of(
        CatalogMetadata.of(PilotDomain.SOCIAL_ASSISTANCE, "大竹县社会救助领域基层政务公开标准目录"), List.of(items));
  }

  static List<Change> diff(Catalog a, Catalog b) {
    return DIFFER.diff(a, b).changes();
  }

  @Nested
  class Matching {

    @Test
    void finds_nothing_between_a_catalog_and_itself() {
      Catalog c = catalog(guide().build(), policy().build());

      assertThat(DIFFER.diff(c, c).isEmpty()).isTrue();
    }

    @Test
    void finds_nothing_when_only_the_order_and_the_spacing_change() {
      Catalog a = catalog(guide().build(), policy().build());
      Catalog b =
          catalog(
              policy().path(ItemPath.of("临时 救助", "政策法规 文件")).build(),
              guide()
                  .content("办理事项", "办理条件", "最低生活保障标准", "申请材料", "办理流程", "办理时间,地点", "联系 方式")
                  .build());

      assertThat(diff(a, b)).isEmpty();
    }

    @Test
    void reports_a_renamed_item_as_renamed_not_removed_and_added() {
      Catalog a = catalog(guide().code(null).build(), policy().build());
      Catalog b =
          catalog(
              guide().code(null).path(ItemPath.of("城乡最低生活保障", "办事指南")).build(), policy().build());

      List<Change> changes = diff(a, b);

      assertThat(changes).singleElement().isInstanceOf(Change.ItemRenamed.class);
      Change.ItemRenamed renamed = (Change.ItemRenamed) changes.get(0);
      assertThat(renamed.oldPath()).isEqualTo(ItemPath.of("最低生活保障", "办事指南"));
      assertThat(renamed.path()).isEqualTo(ItemPath.of("城乡最低生活保障", "办事指南"));
      assertThat(renamed.evidence().matchedBy()).isEqualTo(MatchKind.RENAME);
      assertThat(renamed.evidence().content()).isEqualTo(1.0);
      assertThat(renamed.evidence().score()).isGreaterThan(0.8);
    }

    @Test
    void does_not_take_the_same_item_of_another_place_for_a_rename() {
      // 东关镇's item gone, 西河乡's added: two items, however alike their names and elements.
      Catalog a = catalog(guide().code(null).path(ItemPath.of("最低生活保障", "审核信息（东关镇）")).build());
      Catalog b = catalog(guide().code(null).path(ItemPath.of("最低生活保障", "审核信息（西河乡）")).build());

      assertThat(diff(a, b))
          .extracting(c -> c.getClass().getSimpleName())
          .containsExactlyInAnyOrder("ItemAdded", "ItemRemoved");
    }

    @Test
    void does_not_take_another_item_of_another_place_for_a_rename() {
      Catalog a = catalog(guide().code(null).path(ItemPath.of("最低生活保障", "审核信息（东关镇）")).build());
      Catalog b = catalog(guide().code(null).path(ItemPath.of("最低生活保障", "审核确认信息（西河乡）")).build());

      assertThat(diff(a, b)).hasSize(2).noneMatch(c -> c instanceof Change.ItemRenamed);
    }

    @Test
    void finds_a_rename_that_keeps_its_qualifier() {
      Catalog a = catalog(guide().code(null).path(ItemPath.of("最低生活保障", "审核信息（东关镇）")).build());
      Catalog b = catalog(guide().code(null).path(ItemPath.of("最低生活保障", "审核确认信息（东关镇）")).build());

      assertThat(diff(a, b)).singleElement().isInstanceOf(Change.ItemRenamed.class);
    }

    @Test
    void still_finds_a_rename_that_drops_or_adds_a_qualifier() {
      Catalog a = catalog(guide().code(null).path(ItemPath.of("最低生活保障", "审核信息（试行）")).build());
      Catalog b = catalog(guide().code(null).path(ItemPath.of("最低生活保障", "审核信息")).build());

      assertThat(diff(a, b)).singleElement().isInstanceOf(Change.ItemRenamed.class);
    }

    @Test
    void finds_a_word_put_before_a_one_segment_name_among_many_changes() {
      // Over 10,000 unmatched pairs: candidates come from blocks, not from every pair.
      List<Item> older = new ArrayList<>();
      List<Item> newer = new ArrayList<>();
      for (int i = 0; i < 120; i++) {
        older.add(Item.builder(ItemPath.of("旧名录" + i + "甲")).content("旧内容" + i).build());
        newer.add(Item.builder(ItemPath.of("新清单" + i + "乙")).content("新内容" + i).build());
      }
      older.add(guide().code(null).path(ItemPath.of("征地管理政策（北河镇）")).build());
      newer.add(guide().code(null).path(ItemPath.of("基层征地管理政策（北河镇）")).build());

      assertThat(diff(catalog(older.toArray(Item[]::new)), catalog(newer.toArray(Item[]::new))))
          .filteredOn(c -> c instanceof Change.ItemRenamed)
          .singleElement()
          .extracting(Change::path)
          .isEqualTo(ItemPath.of("基层征地管理政策（北河镇）"));
    }

    @Test
    void matches_a_renamed_item_by_its_code_and_says_so() {
      Catalog a = catalog(guide().path(ItemPath.of("最低生活保障", "审核信息")).build());
      Catalog b = catalog(guide().path(ItemPath.of("最低生活保障", "审核确认信息")).build());

      assertThat(diff(a, b))
          .singleElement()
          .satisfies(
              c ->
                  assertThat(((Change.ItemRenamed) c).evidence().matchedBy())
                      .isEqualTo(MatchKind.CODE));
    }

    @Test
    void does_not_let_renumbered_codes_pair_the_wrong_items() {
      // A row inserted at the top renumbers every code after it (序号 used as code).
      Item newFirst =
          Item.builder(ItemPath.of("综合业务", "政策法规文件")).code("1").content("各地配套政策法规文件").build();
      Catalog a = catalog(guide().code("1").build(), policy().code("2").build());
      Catalog b = catalog(newFirst, guide().code("2").build(), policy().code("3").build());

      List<Change> changes = diff(a, b);

      assertThat(changes)
          .extracting(c -> c.getClass().getSimpleName() + " " + c.path())
          .containsExactly(
              "ItemAdded 综合业务 / 政策法规文件", "CodeChanged 最低生活保障 / 办事指南", "CodeChanged 临时救助 / 政策法规文件");
    }

    @Test
    void does_not_match_by_a_code_two_items_share() {
      // Two rows numbered 0202 in the old table: the code says nothing about which one was renamed,
      // so the renamed row is left to rename detection and the other one keeps its path.
      Catalog a =
          catalog(
              guide().path(ItemPath.of("最低生活保障", "审核信息")).build(), policy().code("0202").build());
      Catalog b = catalog(guide().path(ItemPath.of("最低生活保障", "审核确认信息")).build(), policy().build());

      assertThat(diff(a, b))
          .filteredOn(c -> c instanceof Change.ItemRenamed)
          .singleElement()
          .satisfies(
              c ->
                  assertThat(((Change.ItemRenamed) c).evidence().matchedBy())
                      .isNotEqualTo(MatchKind.CODE));
    }

    @Test
    void pairs_items_of_the_same_path_in_their_order() {
      // A table that lists one path twice: first with first, second with second.
      Catalog a = catalog(guide().code(null).build(), guide().code(null).deadline("及时公开").build());
      Catalog b =
          catalog(guide().code(null).build(), guide().code(null).deadline("5个工作日内").build());

      assertThat(diff(a, b))
          .extracting(c -> c.getClass().getSimpleName())
          .containsExactly("DeadlineChanged");
    }

    @Test
    void reports_an_unrelated_replacement_as_removed_and_added() {
      Catalog a = catalog(guide().build(), policy().build());
      Item other =
          Item.builder(ItemPath.of("低保边缘家庭和刚性支出困难家庭", "办事指南")).code("0501").content("认定条件").build();
      Catalog b = catalog(guide().build(), other);

      assertThat(diff(a, b))
          .extracting(c -> c.getClass().getSimpleName())
          .containsExactly("ItemAdded", "ItemRemoved");
    }

    @Test
    void pairs_repeated_paths_in_order() {
      Catalog a = catalog(guide().code(null).build(), guide().code(null).channels("政府网站").build());
      Catalog b = catalog(guide().code(null).build(), guide().code(null).channels("政府网站").build());

      assertThat(diff(a, b)).isEmpty();
    }
  }

  @Nested
  class Elements {

    @Test
    void reports_a_dropped_content_element_with_its_spelling() {
      Catalog a = catalog(guide().build());
      Catalog b =
          catalog(guide().content("办理事项", "办理条件", "最低生活保障标准", "申请材料", "办理流程", "办理时间、地点").build());

      assertThat(diff(a, b))
          .singleElement()
          .isEqualTo(
              new Change.ContentChanged(
                  new ItemPair(a.items().get(0).path(), b.items().get(0).path(), 0, 0),
                  new Delta<>(List.of("联系方式"), List.of())));
    }

    @Test
    void reports_channels_as_set_differences() {
      Catalog a = catalog(guide().channels("政府网站", "两微一端").build());
      Catalog b = catalog(guide().channels("政府网站", "微信公众号").build());

      Change.ChannelsChanged change = (Change.ChannelsChanged) diff(a, b).get(0);

      assertThat(change.delta().removed()).extracting(Channel::label).containsExactly("两微一端");
      assertThat(change.delta().added()).extracting(Channel::label).containsExactly("政务微信");
    }

    @Test
    void reports_every_element_that_changed_in_a_fixed_order() {
      Catalog a = catalog(guide().build());
      Catalog b =
          catalog(
              guide()
                  .code("0203")
                  .content("办理事项")
                  .basis("《最低生活保障审核确认办法》(民发〔2021〕57号)")
                  .deadline("自信息形成或者变更之日起20个工作日内")
                  .displayPeriod(io.github.gkml.model.DisplayPeriod.parse("公示7天"))
                  .subjects("县民政局")
                  .channels("政府网站")
                  .audience(Audience.SPECIFIC_GROUP)
                  .modes(Mode.ON_REQUEST)
                  .levels(AdminLevel.COUNTY)
                  .build());

      assertThat(diff(a, b))
          .extracting(c -> c.getClass().getSimpleName())
          .containsExactly(
              "CodeChanged",
              "ContentChanged",
              "BasisChanged",
              "DeadlineChanged",
              "DisplayPeriodChanged",
              "SubjectsChanged",
              "ChannelsChanged",
              "AudienceChanged",
              "ModesChanged",
              "LevelsChanged");
    }

    @Test
    void finds_no_change_when_only_the_order_of_channels_or_the_width_of_the_code_differs() {
      Catalog a = catalog(guide().channels("政府网站", "公开查阅点", "政务服务中心").build());
      Catalog b = catalog(guide().code("０２０２").channels("政务服务中心", "政府网站", "公开查阅点").build());

      assertThat(diff(a, b)).isEmpty();
    }

    @Test
    void reports_a_change_of_one_element_of_items_read_apart_from_each_other() {
      // Items built separately share no object, as two files read apart do: nothing is equal by
      // reference, so every element is compared by value.
      Catalog a = catalog(guide().build(), policy().build());
      Catalog b =
          catalog(guide().build(), policy().levels(AdminLevel.COUNTY).build(), guide().build());

      assertThat(diff(a, b))
          .extracting(c -> c.getClass().getSimpleName())
          .containsExactly("LevelsChanged", "ItemAdded");
    }

    @Test
    void compares_cited_documents_by_number_not_spelling() {
      Catalog a = catalog(guide().basis("《中华人民共和国政府信息公开条例》(国令第711号)").build());
      Catalog b = catalog(guide().basis("《政府信息公开条例》（国务院令第711号）").build());

      assertThat(diff(a, b)).isEmpty();
    }
  }

  @Nested
  class Properties {

    static LongStream seeds() {
      return LongStream.range(0, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_catalog_against_itself_and_a_shuffled_copy_finds_nothing(long seed) {
      Catalog c = CatalogGenerator.seeded(seed).catalog(60);
      List<Item> shuffled = new ArrayList<>(c.items());
      Collections.shuffle(shuffled, new Random(seed));

      assertThat(diff(c, c)).as("seed %d", seed).isEmpty();
      assertThat(diff(c, c.withItems(shuffled))).as("seed %d", seed).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_diff_backwards_is_the_inverse_of_the_diff_forwards(long seed) {
      Catalog a = CatalogGenerator.seeded(seed).catalog(80);
      Catalog b =
          RevisionGenerator.seeded(seed)
              .revise(a, new RevisionGenerator.Mix(0.1, 0.05, 0.05, 0.05, seed % 2 == 0));

      List<String> forwards = canonical(diff(a, b).stream().map(Change::inverse).toList());
      List<String> backwards = canonical(diff(b, a));

      assertThat(backwards).as("seed %d", seed).isEqualTo(forwards);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_item_is_matched_or_reported(long seed) {
      Catalog a = CatalogGenerator.seeded(seed).catalog(50);
      Catalog b = RevisionGenerator.seeded(seed).revise(a, RevisionGenerator.Mix.typical());

      CatalogDiff d = DIFFER.diff(a, b);

      long added = d.changes().stream().filter(c -> c instanceof Change.ItemAdded).count();
      long removed = d.changes().stream().filter(c -> c instanceof Change.ItemRemoved).count();
      assertThat(d.matches().size() + added).isEqualTo(b.items().size());
      assertThat(d.matches().size() + removed).isEqualTo(a.items().size());
    }

    @Test
    void diffs_a_typical_revision_of_a_hundred_thousand_items() {
      Catalog a = CatalogGenerator.seeded(7).catalog(100_000);
      Catalog b = RevisionGenerator.seeded(7).revise(a, RevisionGenerator.Mix.typical());

      CatalogDiff d = DIFFER.diff(a, b);

      assertThat(d.matches()).hasSizeGreaterThan(95_000);
    }

    private static List<String> canonical(List<Change> changes) {
      List<String> keys = new ArrayList<>();
      for (Change c : changes) {
        keys.add(c.toString());
      }
      keys.sort(Comparator.naturalOrder());
      return keys;
    }
  }
}
