package io.github.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.Channel;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.LegalBasis;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PilotDomain;
import io.github.gkml.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The layouts published catalogs use, each read from real rows through every reader: the national
 * template, one-row headers, text columns, merged and blank cells, 同上, checkbox glyphs.
 */
class LayoutsTest {

  @TempDir Path dir;

  static Catalog only(TableImport read) {
    assertThat(read.catalogs()).hasSize(1);
    return read.catalogs().get(0).catalog();
  }

  static List<String> channels(Item item) {
    return item.channels().stream().map(Channel::label).toList();
  }

  @Nested
  class The_national_template {

    @ParameterizedTest
    @EnumSource(
        value = TableFormat.class,
        names = {"XLSX", "HTML", "DOCX", "CSV"})
    void reads_title_two_row_header_checkboxes_ticks_merged_names_and_notes(TableFormat format)
        throws IOException {
      // GIVEN 稻城县's 社会救助 catalog in the national template
      Path file = Fixtures.socialAssistanceTemplate().write(dir, "稻城", format);

      // WHEN it is read
      Catalog catalog = only(TableImporter.defaults().read(file));

      // THEN the title names the domain, and each row is an item with every element
      assertThat(catalog.domain()).isEqualTo(PilotDomain.SOCIAL_ASSISTANCE);
      assertThat(catalog.metadata().title()).isEqualTo("稻城县社会救助领域基层政务公开标准目录");
      assertThat(catalog.items())
          .extracting(Item::path)
          .containsExactly(
              ItemPath.of("临时救助", "政策法规文件"),
              ItemPath.of("临时救助", "办事指南"),
              ItemPath.of("临时救助", "审核审批信息"));
      Item first = catalog.items().get(0);
      assertThat(first.code()).isEqualTo("11");
      assertThat(first.content())
          .containsExactly(
              "《国务院关于全面建立临时救助制度的通知》(国发〔2014〕47号)",
              "《民政部 财政部关于进一步加强和改进临时救助工作的意见》(民发〔2018〕23号)",
              "各地配套政策法规文件");
      assertThat(first.basis()).extracting(LegalBasis::raw).containsExactly("信息公开规定");
      assertThat(first.deadline().raw()).isEqualTo(Fixtures.DEADLINE);
      assertThat(first.subjects()).containsExactly("县级人民政府民政部门", "乡镇人民政府(街道办事处)");
      assertThat(channels(first)).containsExactly("政府网站", "公开查阅点", "政务服务中心");
      assertThat(first.audience()).containsExactly(Audience.PUBLIC);
      assertThat(first.modes()).containsExactly(Mode.PROACTIVE);
      assertThat(first.levels()).containsExactly(AdminLevel.COUNTY, AdminLevel.TOWNSHIP);
      assertThat(first.extensions()).isEmpty();
      Item second = catalog.items().get(1);
      assertThat(second.content()).startsWith("办理事项", "办理条件").contains("联系方式");
      assertThat(second.basis()).hasSize(2);
      assertThat(channels(second)).containsExactly("政府网站", "政务服务中心", "社区/企事业单位/村公示栏(电子屏)");
      Item third = catalog.items().get(2);
      assertThat(third.basis()).hasSize(2);
      assertThat(channels(third)).containsExactly("政府网站");
      assertThat(third.audience()).containsExactly(Audience.SPECIFIC_GROUP);
      assertThat(third.modes()).containsExactly(Mode.PROACTIVE);
      assertThat(third.levels()).containsExactly(AdminLevel.COUNTY);
      assertThat(catalog.notes()).containsExactly("注:“■”表示必选项,“□”表示可选项。", "填表人:王芳  审核人:李军");
    }

    @Test
    void gives_each_item_its_file_sheet_row_and_column_as_excel_shows_them() throws IOException {
      Path file = Fixtures.socialAssistanceTemplate().write(dir, "稻城", TableFormat.XLSX);

      Catalog catalog = only(TableImporter.defaults().read(file));

      assertThat(catalog.items())
          .extracting(Item::source)
          .containsExactly(
              new SourceLocation(file.toString(), "社会救助", 4, 2, null),
              new SourceLocation(file.toString(), "社会救助", 5, 2, null),
              new SourceLocation(file.toString(), "社会救助", 6, 2, null));
    }

    @Test
    void reads_a_page_table_as_its_nth_table() throws IOException {
      Path file = Fixtures.socialAssistanceTemplate().write(dir, "稻城", TableFormat.HTML);

      Item first = only(TableImporter.defaults().read(file)).items().get(0);

      assertThat(first.source().sheet()).isEqualTo("表1");
      assertThat(first.source().row()).isEqualTo(4);
    }
  }

  @Nested
  class One_row_headers {

    @ParameterizedTest
    @EnumSource(
        value = TableFormat.class,
        names = {"XLSX", "HTML", "DOCX", "CSV", "MD"})
    void reads_text_audience_and_mode_and_a_plain_channel_list(TableFormat format)
        throws IOException {
      // GIVEN 上海's table: one header row, audience and mode in words, channels separated by commas
      Path file = Fixtures.shanghaiOneRowHeader().write(dir, "上海社会救助", format);

      Item item = only(TableImporter.defaults().read(file)).items().get(0);

      assertThat(item.path()).isEqualTo(ItemPath.of("特困人员救助供养政策法规文件"));
      assertThat(item.content()).hasSize(2);
      assertThat(item.basis()).hasSize(2);
      assertThat(item.subjects()).hasSize(3);
      assertThat(item.audience()).containsExactly(Audience.PUBLIC);
      assertThat(item.modes()).containsExactly(Mode.PROACTIVE);
      assertThat(item.levels()).isEmpty();
      assertThat(channels(item)).containsExactly("政府网站", "公开查阅点", "政务服务中心");
    }
  }

  @Nested
  class Names_written_across_two_columns {

    @ParameterizedTest
    @EnumSource(
        value = TableFormat.class,
        names = {"XLSX", "HTML", "DOCX"})
    void reads_one_name_cell_across_both_columns_as_a_one_segment_path(TableFormat format)
        throws IOException {
      Path file = Fixtures.elderlyCare().write(dir, "养老", format);

      Catalog catalog = only(TableImporter.defaults().read(file));

      assertThat(catalog.domain()).isEqualTo(PilotDomain.ELDERLY_CARE);
      assertThat(catalog.items())
          .extracting(Item::path)
          .containsExactly(
              ItemPath.of("养老服务通用政策", "国家和地方层面养老服务相关法律、法规、政策文件"),
              ItemPath.of("养老服务扶持政策措施清单"),
              ItemPath.of("养老服务业务办理", "养老机构备案"));
      assertThat(channels(catalog.items().get(0))).containsExactly("政府网站", "政务服务中心");
    }
  }

  @Nested
  class Blank_and_ditto_cells {

    @ParameterizedTest
    @EnumSource(
        value = TableFormat.class,
        names = {"XLSX", "HTML", "DOCX", "CSV", "MD"})
    void takes_a_blank_first_level_from_above_and_resolves_tong_shang(TableFormat format)
        throws IOException {
      // GIVEN 户籍管理: 一级事项 written once per group, 同上 in three cells
      Path file = Fixtures.householdRegistration().write(dir, "户籍管理", format);

      Catalog catalog = only(TableImporter.defaults().read(file));

      Item second = catalog.items().get(1);
      Item third = catalog.items().get(2);
      assertThat(third.path()).isEqualTo(ItemPath.of("注销登记", "服现役注销"));
      assertThat(third.content()).isEqualTo(second.content());
      assertThat(third.basis()).isEqualTo(second.basis());
      assertThat(third.deadline()).isEqualTo(second.deadline());
      assertThat(channels(second)).containsExactly("政府网站", "入户/现场");
      assertThat(catalog.items().get(0).levels())
          .containsExactly(AdminLevel.COUNTY, AdminLevel.TOWNSHIP, AdminLevel.VILLAGE);
      assertThat(catalog.items().get(0).audience()).containsExactly(Audience.PUBLIC);
    }
  }

  @Nested
  class Checkbox_glyphs {

    @Test
    void counts_ticks_and_not_the_pound_sign_of_a_broken_wingdings_page() throws IOException {
      Path file = Fixtures.publicResourceTrading().write(dir, "公共资源交易", TableFormat.XLSX);

      Item item = only(TableImporter.defaults().read(file)).items().get(0);

      assertThat(channels(item)).containsExactly("政府网站", "公共资源交易平台");
      assertThat(item.basis()).hasSize(3);
      assertThat(item.modes()).containsExactly(Mode.PROACTIVE);
    }

    @Test
    void counts_triangles_and_keeps_the_group_written_beside_a_tick() throws IOException {
      Path file = Fixtures.landAcquisition().write(dir, "征地补偿", TableFormat.XLSX);

      Item item = only(TableImporter.defaults().read(file)).items().get(0);

      assertThat(channels(item)).containsExactly("社区/企事业单位/村公示栏(电子屏)", "政府网站", "征地信息公开平台");
      assertThat(item.audience()).containsExactly(Audience.SPECIFIC_GROUP);
      assertThat(item.extensions()).containsEntry("特定群众", "√面向拟征收土地所在地的村集体成员");
      assertThat(item.content())
          .containsExactly("在拟征收土地前,应明确征收土地有关事项并予以公开", "拟征收土地用途", "拟征收土地的位置和范围", "征地补偿标准及安置途径");
    }
  }
}
