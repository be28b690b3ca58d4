package io.github.gkml.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.CatalogMetadata;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.PilotDomain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  private static List<ItemPath> paths(List<Item> items) {
    return items.stream().map(Item::path).toList();
  }

  @Nested
  class Levels {

    @Test
    void a_township_is_not_expected_to_publish_a_county_only_item() {
      Baseline baseline = NationalBaselines.of(PilotDomain.ELDERLY_CARE);

      assertThat(paths(baseline.forLevel(AdminLevel.TOWNSHIP)))
          .containsExactly(ItemPath.of("养老服务业务办理", "养老服务扶持补贴"), ItemPath.of("养老服务业务办理", "老年人补贴"));
      assertThat(baseline.forLevel(AdminLevel.COUNTY)).hasSize(6);
    }

    @Test
    void an_item_whose_levels_were_not_read_is_expected_at_both_levels() {
      Baseline baseline = NationalBaselines.of(PilotDomain.WORK_SAFETY);
      ItemPath enforcement = ItemPath.of("依法行政", "行政强制");

      assertThat(paths(baseline.withoutLevels())).contains(enforcement);
      assertThat(paths(baseline.forLevel(AdminLevel.COUNTY))).contains(enforcement);
      assertThat(paths(baseline.forLevel(AdminLevel.TOWNSHIP)))
          .contains(enforcement)
          .doesNotContain(ItemPath.of("政策文件", "标准"));
    }

    @Test
    void a_county_catalog_holds_items_published_below_it_but_not_above() {
      Item cityOnly = Item.builder(ItemPath.of("市本级预算")).levels(AdminLevel.CITY).build();
      Item villages = Item.builder(ItemPath.of("村级公示")).levels(AdminLevel.VILLAGE).build();
      Baseline city =
          Baseline.from(
              Catalog.of(
                  CatalogMetadata.of(PilotDomain.BUDGETS_AND_FINAL_ACCOUNTS, "某市财政预决算领域基层政务公开标准目录"),
                  List.of(cityOnly, villages)));

      assertThat(city.forLevel(AdminLevel.CITY)).containsExactly(cityOnly, villages);
      assertThat(city.forLevel(AdminLevel.COUNTY)).containsExactly(villages);
      assertThat(city.forLevel(AdminLevel.VILLAGE)).containsExactly(villages);
    }
  }

  @Nested
  class Own_baselines {

    @Test
    void a_province_catalog_file_serves_as_the_baseline(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("四川省社会救助.yaml");
      Files.writeString(
          file,
          """
          format: gkml-catalog/1
          domain: 社会救助
          title: 四川省社会救助领域基层政务公开标准目录
          level: 省级
          items:
            - path: [临时救助, 办事指南]
              levels: [县级, 乡级]
          """);

      Baseline baseline = Baseline.load(file);

      assertThat(baseline.domain()).isEqualTo(PilotDomain.SOCIAL_ASSISTANCE);
      assertThat(baseline.itemCount()).isEqualTo(1);
      assertThat(baseline.coverage()).isNull();
      assertThat(baseline.sources()).isEmpty();
      assertThat(baseline.forLevel(AdminLevel.TOWNSHIP)).hasSize(1);
    }

    @Test
    void a_national_baseline_written_to_a_file_reads_back_the_same(@TempDir Path dir)
        throws IOException {
      Baseline national = NationalBaselines.of(PilotDomain.SOCIAL_ASSISTANCE);
      Path file = dir.resolve("shehui-jiuzhu.json");
      CatalogFormat.defaults().write(national.catalog(), file);

      assertThat(Baseline.load(file, CatalogFormat.defaults())).isEqualTo(national);
    }

    @Test
    void an_unreadable_file_is_a_format_error_naming_it(@TempDir Path dir) {
      Path file = dir.resolve("缺失.yaml");

      assertThatThrownBy(() -> Baseline.load(file))
          .isInstanceOf(CatalogFormatException.class)
          .hasMessageContaining("缺失.yaml");
    }
  }

  @Nested
  class Notes {

    @Test
    void the_coverage_note_and_source_lines_become_the_coverage_and_sources() {
      Catalog catalog =
          Catalog.of(
              CatalogMetadata.of(PilotDomain.SOCIAL_ASSISTANCE, "t")
                  .withNotes(
                      List.of(
                          "覆盖说明: 只读到前12行",
                          "S1 http://www.dazhu.gov.cn/xxgk-show-199777.html 四川大竹县(由域名推断),2022-09-28",
                          "G1 https://example.gov.cn/zhiyin.html",
                          "S2 不是网址")),
              List.of());

      Baseline baseline = Baseline.from(catalog);

      assertThat(baseline.coverage()).isEqualTo("只读到前12行");
      assertThat(baseline.sources())
          .containsExactly(
              new BaselineSource(
                  "S1", "http://www.dazhu.gov.cn/xxgk-show-199777.html", "四川大竹县(由域名推断),2022-09-28"),
              new BaselineSource("G1", "https://example.gov.cn/zhiyin.html", ""));
      assertThat(baseline.sources().get(0).toNote()).isEqualTo(catalog.metadata().notes().get(1));
      assertThat(baseline.sources().get(1).toNote())
          .isEqualTo("G1 https://example.gov.cn/zhiyin.html");
    }

    @Test
    void refuses_blank_values() {
      Catalog catalog =
          Catalog.of(CatalogMetadata.of(PilotDomain.SOCIAL_ASSISTANCE, "t"), List.of());

      assertThatThrownBy(() -> new Baseline(catalog, " ", List.of()))
          .hasMessageContaining("coverage");
      assertThatThrownBy(() -> new BaselineSource("S1", " ", ""))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(Baseline.from(catalog).coverage()).isNull();
    }
  }
}
