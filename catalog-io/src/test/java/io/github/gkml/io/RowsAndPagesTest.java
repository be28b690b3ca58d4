package io.github.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RuleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows that continue, rows that cannot be read, and files holding several catalogs. */
class RowsAndPagesTest {

  @TempDir Path dir;

  static final String[] HEADER = {"序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体"};

  static String[] row(String code, String level1, String level2, String content) {
    return new String[] {
      code, level1, level2, content, "信息公开规定", "制定或获取信息之日起10个工作日内", "县民政局", "■政府网站"
    };
  }

  @Nested
  class Rows {

    @Test
    void adds_a_row_without_a_name_to_the_item_above() throws IOException {
      // GIVEN S1/S3 (财政预决算): a row carrying on the content of the item above
      TableFixture table =
          TableFixture.named("财政预决算")
              .row(HEADER)
              .row(row("1", "部门预算", "预算公开", "1.部门预算报表"))
              .row("", "", "", "2.部门预算说明", "", "", "", "");

      Item item = LayoutsTest.only(read(table)).items().get(0);

      assertThat(item.content()).containsExactly("部门预算报表", "部门预算说明");
    }

    @Test
    void reports_a_row_it_cannot_read_with_its_row_and_keeps_the_others() throws IOException {
      // GIVEN xjwqx's third row: only a 序号, every other cell empty; and a row with content but no
      // name before any item
      TableFixture table =
          TableFixture.named("农村危房改造")
              .row(HEADER)
              .row("", "", "", "改造对象认定标准", "", "", "", "")
              .row(row("1", "政策文件", "农村危房改造政策", "政策文件名称"))
              .row("2", "", "", "", "", "", "", "")
              .row(row("3", "补助对象", "对象名单", "户主姓名、补助金额"));

      TableImport read = read(table);

      assertThat(LayoutsTest.only(read).items())
          .extracting(Item::path)
          .containsExactly(ItemPath.of("政策文件", "农村危房改造政策"), ItemPath.of("补助对象", "对象名单"));
      assertThat(read.findings())
          .extracting(Finding::ruleId, f -> f.location().row())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(RuleId.ROW_UNREADABLE, 2),
              org.assertj.core.groups.Tuple.tuple(RuleId.ROW_UNREADABLE, 4));
      assertThat(read.findings().get(0).message(Locale.SIMPLIFIED_CHINESE)).startsWith("第2行无法读取");
      assertThat(read.findings().get(0).message(Locale.ENGLISH))
          .startsWith("row 2 could not be read");
      assertThat(read.findings().get(0).location())
          .isEqualTo(new SourceLocation(read.file(), "农村危房改造", 2, 2, null));
    }

    @Test
    void skips_a_header_repeated_after_a_page_break() throws IOException {
      TableFixture table =
          TableFixture.named("市政服务")
              .row(HEADER)
              .row(row("1", "城镇燃气管理", "政策文件", "燃气管理条例"))
              .row(HEADER)
              .row(row("2", "城镇燃气管理", "经营许可", "许可条件"));

      assertThat(LayoutsTest.only(read(table)).items()).hasSize(2);
    }

    @Test
    void reads_a_group_label_row_between_items_as_a_note_and_goes_on() throws IOException {
      TableFixture table =
          TableFixture.named("就业创业")
              .row(HEADER)
              .row("一、就业信息服务")
              .merge(1, 1, 0, 7)
              .row(row("1", "就业信息服务", "就业政策法规咨询", "政策法规"))
              .row(row("2", "就业信息服务", "职业供求信息", "岗位信息"));

      Catalog catalog = LayoutsTest.only(read(table));

      assertThat(catalog.items()).hasSize(2);
      assertThat(catalog.notes()).containsExactly("一、就业信息服务");
    }

    @Test
    void reads_a_second_table_further_down_the_same_sheet() throws IOException {
      TableFixture table =
          TableFixture.named("Sheet1")
              .row("某县社会救助领域基层政务公开标准目录")
              .row(HEADER)
              .row(row("1", "最低生活保障", "办事指南", "办理事项"))
              .row("")
              .row("某县养老服务领域基层政务公开标准目录")
              .row("序号", "一级事项", "二级事项", "公开内容", "公开时限", "公开主体", "公开渠道和载体", "公开对象")
              .row("1", "养老服务通用政策", "政策文件", "文件名称", "制定或获取文件之日起10个工作日内", "县民政局", "政府网站", "全社会");

      TableImport read = read(table);

      assertThat(read.catalogs())
          .extracting(c -> c.catalog().domain())
          .containsExactly(PilotDomain.SOCIAL_ASSISTANCE, PilotDomain.ELDERLY_CARE);
      assertThat(read.catalogs().get(0).catalog().notes()).isEmpty();
    }

    TableImport read(TableFixture table) throws IOException {
      return TableImporter.defaults().read(table.write(dir, "t", TableFormat.XLSX));
    }
  }

  @Nested
  class Several_catalogs_in_one_file {

    List<TableFixture> two() {
      return List.of(Fixtures.socialAssistanceTemplate(), Fixtures.elderlyCare());
    }

    @Test
    void reads_one_catalog_per_heading_of_a_page() throws IOException {
      Path page = dir.resolve("标准目录.html");
      Files.writeString(page, TableFixture.html(two()), StandardCharsets.UTF_8);

      TableImport read = TableImporter.defaults().read(page);

      assertThat(read.hasSeveral()).isTrue();
      assertThat(read.catalogs())
          .extracting(
              ImportedCatalog::sheet, c -> c.catalog().domain(), c -> c.catalog().items().size())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("表1", PilotDomain.SOCIAL_ASSISTANCE, 3),
              org.assertj.core.groups.Tuple.tuple("表2", PilotDomain.ELDERLY_CARE, 3));
      assertThat(read.catalogs().get(1).catalog().notes()).isEmpty();
    }

    @Test
    void reads_one_catalog_per_sheet_of_a_workbook() throws IOException {
      Path workbook = dir.resolve("标准目录.xlsx");
      TableFixture.xlsx(workbook, two());

      TableImport read = TableImporter.defaults().read(workbook);

      assertThat(read.catalogs())
          .extracting(ImportedCatalog::sheet)
          .containsExactly("社会救助", "养老服务");
      assertThat(read.catalogs().get(0).describe())
          .isEqualTo("社会救助: 稻城县社会救助领域基层政务公开标准目录 (社会救助, 3 items)");
    }

    @Test
    void reads_one_catalog_per_table_of_a_word_document() throws IOException {
      Path document = dir.resolve("标准目录.docx");
      TableFixture.docx(document, two());

      TableImport read = TableImporter.defaults().read(document);

      assertThat(read.catalogs())
          .extracting(c -> c.catalog().domain())
          .containsExactly(PilotDomain.SOCIAL_ASSISTANCE, PilotDomain.ELDERLY_CARE);
    }

    @Test
    void continues_a_catalog_whose_table_a_page_splits_in_two() throws IOException {
      TableFixture first =
          TableFixture.named("社会救助领域基层政务公开标准目录")
              .row(HEADER)
              .row(row("1", "综合业务", "政策法规文件", "政策文件"));
      TableFixture second =
          TableFixture.named("").row(HEADER).row(row("2", "综合业务", "监督检查", "投诉举报电话"));
      Path page = dir.resolve("page.html");
      Files.writeString(
          page,
          TableFixture.html(List.of(first, second)).replace("<h2></h2>", ""),
          StandardCharsets.UTF_8);

      TableImport read = TableImporter.defaults().read(page);

      assertThat(LayoutsTest.only(read).items()).hasSize(2);
    }
  }
}
