package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  static Item lowIncomeGuide() {
    return Item.builder(ItemPath.of("最低生活保障", "办事指南"))
        .code("0202")
        .content("办理事项", "办理条件", "申请材料")
        .basis("《国务院关于进一步加强和改进最低生活保障工作的意见》(国发〔2012〕45号)")
        .deadline(new Deadline.Unparsed("制定或获取信息之日起10个工作日内", null))
        .subjects("县民政局")
        .channels("政府网站", "政务服务中心")
        .audience(Audience.PUBLIC)
        .modes(Mode.PROACTIVE)
        .levels(AdminLevel.TOWNSHIP, AdminLevel.COUNTY)
        .extension("公开时长", "长期")
        .build();
  }

  @Nested
  class Items {

    @Test
    void copies_every_collection_so_later_changes_do_not_leak_in() {
      List<String> content = new ArrayList<>(List.of("办理事项"));
      Item item = Item.builder(ItemPath.of("a")).content(content).build();

      content.add("办理条件");

      assertThat(item.content()).containsExactly("办理事项");
      assertThatThrownBy(() -> item.content().add("x"))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> item.channels().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> item.extensions().put("k", "v"))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keeps_levels_in_their_own_order_and_channels_in_the_order_written() {
      Item item = lowIncomeGuide();

      assertThat(item.levels()).containsExactly(AdminLevel.COUNTY, AdminLevel.TOWNSHIP);
      assertThat(item.channels()).extracting(Channel::label).containsExactly("政府网站", "政务服务中心");
    }

    @Test
    void a_builder_round_trips_an_item_and_withers_change_one_element() {
      Item item = lowIncomeGuide();

      assertThat(item.toBuilder().build()).isEqualTo(item);
      assertThat(item.withPath(ItemPath.of("低保", "办事指南")).path())
          .isEqualTo(ItemPath.of("低保", "办事指南"));
      assertThat(item.withDeadline(null).deadline()).isNull();
      assertThat(item.withChannels(List.of()).channels()).isEmpty();
      assertThat(item.withChannels(List.of()).content()).isEqualTo(item.content());
    }

    @Test
    void a_blank_code_is_no_code() {
      assertThat(Item.builder(ItemPath.of("a")).code("  ").build().code()).isNull();
    }

    @Test
    void the_display_period_of_its_own_column_wins_over_the_deadlines() {
      DisplayPeriod inDeadline =
          new DisplayPeriod("公示7个工作日", TimeSpan.of(7, PeriodUnit.WORKING_DAYS), false);
      DisplayPeriod ownColumn = DisplayPeriod.of(TimeSpan.of(10, PeriodUnit.CALENDAR_DAYS));
      Item item =
          Item.builder(ItemPath.of("a"))
              .deadline(
                  new Deadline.Within(
                      "…", Trigger.OBTAINED, 10, PeriodUnit.WORKING_DAYS, null, inDeadline))
              .build();

      assertThat(item.effectiveDisplayPeriod()).isEqualTo(inDeadline);
      assertThat(item.toBuilder().displayPeriod(ownColumn).build().effectiveDisplayPeriod())
          .isEqualTo(ownColumn);
      assertThat(Item.builder(ItemPath.of("a")).build().effectiveDisplayPeriod()).isNull();
      assertThat(ownColumn.raw()).isEqualTo("公示10日");
      assertThat(ownColumn.isParsed()).isTrue();
    }
  }

  @Nested
  class Catalogs {

    @Test
    void finds_an_item_by_any_spelling_of_its_path() {
      Catalog catalog =
          Catalog.of(
              CatalogMetadata.of(PilotDomain.SOCIAL_ASSISTANCE, "目录"), List.of(lowIncomeGuide()));

      assertThat(catalog.item(ItemPath.of("最低 生活保障", "办事 指南"))).hasValue(lowIncomeGuide());
      assertThat(catalog.item(ItemPath.of("临时救助"))).isEmpty();
      assertThat(catalog.domain()).isEqualTo(PilotDomain.SOCIAL_ASSISTANCE);
    }

    @Test
    void withers_return_changed_copies() {
      Catalog empty = Catalog.of(CatalogMetadata.of(PilotDomain.ELDERLY_CARE, "目录"), List.of());
      NotApplicable na = NotApplicable.of(ItemPath.of("养老服务", "养老机构"), "本乡无养老机构");
      RetiredItem retired =
          new RetiredItem(ItemPath.of("扶贫"), LocalDate.of(2021, 6, 1), "机构改革", null, null);

      Catalog changed =
          empty
              .withItem(lowIncomeGuide())
              .withNotApplicable(List.of(na))
              .withRetired(List.of(retired))
              .withMetadata(empty.metadata().withVersion("2024"));

      assertThat(empty.items()).isEmpty();
      assertThat(changed.items()).hasSize(1);
      assertThat(changed.notApplicable()).containsExactly(na);
      assertThat(changed.retired()).containsExactly(retired);
      assertThat(changed.metadata().version()).isEqualTo("2024");
    }

    @Test
    void metadata_withers_change_one_field() {
      CatalogMetadata meta = CatalogMetadata.of(PilotDomain.SOCIAL_ASSISTANCE, "目录");

      CatalogMetadata changed =
          meta.withIssuer("大竹县民政局")
              .withRegion(Region.of("大竹县", "511724"))
              .withLevel(AdminLevel.COUNTY)
              .withEffectiveDate(LocalDate.of(2023, 10, 20))
              .withRefines(CatalogReference.of("社会救助领域基层政务公开标准指引"))
              .withNotes(List.of("覆盖说明:只读到前12行"));

      assertThat(changed)
          .isEqualTo(
              new CatalogMetadata(
                  PilotDomain.SOCIAL_ASSISTANCE,
                  "目录",
                  "大竹县民政局",
                  Region.of("大竹县", "511724"),
                  AdminLevel.COUNTY,
                  null,
                  LocalDate.of(2023, 10, 20),
                  CatalogReference.of("社会救助领域基层政务公开标准指引"),
                  List.of("覆盖说明:只读到前12行")));
      assertThat(changed.withVersion("2024").notes()).containsExactly("覆盖说明:只读到前12行");
      assertThat(meta.notes()).isEmpty();
      assertThatThrownBy(() -> CatalogMetadata.of(PilotDomain.SOCIAL_ASSISTANCE, " "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> meta.withNotes(List.of("说明", " "))).hasMessageContaining("notes");
    }
  }

  @Nested
  class Small_values {

    @Test
    void a_region_code_is_six_digits() {
      assertThat(Region.of("大竹县", "511724").code()).isEqualTo("511724");
      assertThat(Region.of(" 大竹县 ").name()).isEqualTo("大竹县");
      assertThatThrownBy(() -> Region.of("大竹县", "51172")).hasMessageContaining("51172");
      assertThatThrownBy(() -> Region.of("大竹县", "011724"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Region.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_source_location_prints_as_file_sheet_row_column_pointer() {
      assertThat(SourceLocation.of("目录.xlsx", "社会救助", 7)).hasToString("目录.xlsx:社会救助:7");
      assertThat(new SourceLocation("c.yaml", null, 12, 5, "/items/3"))
          .hasToString("c.yaml:12:5#/items/3");
      assertThat(SourceLocation.ofPointer("c.json", "/items/0")).hasToString("c.json#/items/0");
      assertThatThrownBy(() -> new SourceLocation("f", null, -1, 0, null))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void declarations_and_retirements_need_a_reason() {
      assertThatThrownBy(() -> NotApplicable.of(ItemPath.of("a"), " "))
          .hasMessageContaining("reason");
      assertThatThrownBy(() -> new RetiredItem(ItemPath.of("a"), null, "", null, null))
          .hasMessageContaining("reason");
      assertThatThrownBy(() -> CatalogReference.of(""))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spans_and_periods_validate_and_print_in_chinese() {
      assertThat(TimeSpan.of(20, PeriodUnit.WORKING_DAYS)).hasToString("20个工作日");
      assertThat(TimeSpan.of(3, PeriodUnit.MONTHS)).hasToString("3个月");
      assertThatThrownBy(() -> TimeSpan.of(-1, PeriodUnit.HOURS))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new DisplayPeriod("x", TimeSpan.of(1, PeriodUnit.HOURS), true))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(new DisplayPeriod("另行通知", null, false).isParsed()).isFalse();
    }

    @Test
    void deadlines_validate_their_parts() {
      assertThat(Deadline.within(20, PeriodUnit.WORKING_DAYS, Trigger.FORMED_OR_CHANGED).raw())
          .isEqualTo("自信息形成或者变更之日起20个工作日内");
      assertThat(Deadline.within(20, PeriodUnit.WORKING_DAYS, Trigger.UNSPECIFIED).span())
          .isEqualTo(TimeSpan.of(20, PeriodUnit.WORKING_DAYS));
      assertThatThrownBy(
              () -> new Deadline.Within("x", Trigger.UNSPECIFIED, -1, PeriodUnit.HOURS, null, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Deadline.Periodic("x", null, null, null, null, null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Deadline.Conditional("x", List.of(), null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(Frequency.MONTHLY.isAtLeastAsFrequentAs(Frequency.QUARTERLY)).isTrue();
      assertThat(Frequency.YEARLY.isAtLeastAsFrequentAs(Frequency.QUARTERLY)).isFalse();
    }

    @Test
    void read_limits_are_positive_and_copy_on_change() {
      ReadLimits limits = ReadLimits.defaults().withMaxNestingDepth(10);

      assertThat(limits.maxNestingDepth()).isEqualTo(10);
      assertThat(ReadLimits.defaults().maxNestingDepth()).isEqualTo(64);
      assertThatThrownBy(() -> ReadLimits.defaults().withMaxItems(0))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_syntax_follows_the_extension() {
      assertThat(CatalogSyntax.fromFileName("目录.JSON")).hasValue(CatalogSyntax.JSON);
      assertThat(CatalogSyntax.fromFileName("目录.yml")).hasValue(CatalogSyntax.YAML);
      assertThat(CatalogSyntax.fromFileName("目录.xlsx")).isEmpty();
    }

    @Test
    void extensions_keep_their_order() {
      Item item =
          Item.builder(ItemPath.of("a"))
              .extensions(Map.of("z", "1"))
              .extension("序号", "3")
              .extension("备注", "x")
              .build();

      assertThat(item.extensions().keySet()).containsExactly("z", "序号", "备注");
    }
  }
}
