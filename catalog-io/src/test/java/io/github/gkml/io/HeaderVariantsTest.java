package io.github.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.Mode;
import io.github.gkml.model.PilotDomain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headers as real tables write them: broken, truncated, traditional, with extra columns. */
class HeaderVariantsTest {

  @TempDir Path dir;

  static final String[] ROW =
      new String[] {
        "1",
        "综合业务",
        "政策法规文件",
        "《社会救助暂行办法》(国务院令第649号)、各地配套政策法规文件",
        "《中华人民共和国政府信息公开条例》(国务院令第711号)",
        "制定或获取信息之日起10个工作日内",
        "县民政局、各乡(镇)人民政府(街道办事处)",
        "■政府网站 ■公开查阅点 ■政务服务中心",
        "√",
        "",
        "√",
        "",
        "√",
        "√"
      };

  Item read(TableFixture fixture) throws IOException {
    Catalog catalog =
        LayoutsTest.only(TableImporter.defaults().read(fixture.write(dir, "t", TableFormat.XLSX)));
    return catalog.items().get(0);
  }

  @Nested
  class Broken_and_truncated_headers {

    @Test
    void reads_words_broken_by_line_breaks_and_spaces_traditional_and_truncated()
        throws IOException {
      // GIVEN S10's broken header words, S7's 社会 and 申请, S1's 公开对/公开主 and traditional 公開
      TableFixture table =
          TableFixture.named("社会救助")
              .row("社会救助领域基层政务公开标准目录")
              .row(
                  "序 号",
                  "一级\n事项",
                  "二级\n事项",
                  "公開內容\n(要素)",
                  "公开 依据",
                  "公开 时限",
                  "公开主",
                  "公开渠道",
                  "全 社\n会",
                  "特\n定 群 体",
                  "主\n动",
                  "申请",
                  "县 级",
                  "、村级")
              .row(ROW);

      Item item = read(table);

      assertThat(item.path()).isEqualTo(ItemPath.of("综合业务", "政策法规文件"));
      assertThat(item.content()).hasSize(2);
      assertThat(item.subjects()).containsExactly("县民政局", "各乡(镇)人民政府(街道办事处)");
      assertThat(item.audience()).containsExactly(Audience.PUBLIC);
      assertThat(item.modes()).containsExactly(Mode.PROACTIVE);
      assertThat(item.levels()).containsExactly(AdminLevel.COUNTY, AdminLevel.VILLAGE);
      assertThat(item.extensions()).isEmpty();
    }

    @Test
    void reads_a_header_word_split_over_two_rows() throws IOException {
      // GIVEN S9 (涉农补贴): 一级 over 事项 in two rows, 公开内容 over (要素)
      TableFixture table =
          TableFixture.named("涉农补贴")
              .row(
                  "序号", "一级", "二级", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式",
                  "", "公开层级", "")
              .row("", "事项", "事项", "(要素)", "", "", "", "", "全社会", "特定群体", "主动", "依申请", "县级", "乡级")
              .row(ROW);

      Item item = read(table);

      assertThat(item.path()).isEqualTo(ItemPath.of("综合业务", "政策法规文件"));
      assertThat(item.content()).hasSize(2);
      assertThat(item.levels()).containsExactly(AdminLevel.COUNTY, AdminLevel.TOWNSHIP);
    }

    @ParameterizedTest
    @CsvSource({
      "县级, 乡、村级, COUNTY, TOWNSHIP VILLAGE",
      "镇级, 村级, TOWNSHIP, VILLAGE",
      "区级, 镇街级, COUNTY, TOWNSHIP",
      "县(区)级, 镇(街)级, COUNTY, TOWNSHIP",
      "东阳市级, 镇街乡, CITY, TOWNSHIP",
      "市级, 县级, CITY, COUNTY",
      "县级, 乡镇级, COUNTY, TOWNSHIP",
      "乡镇级, 嘎查(社区)级, TOWNSHIP, VILLAGE"
    })
    void reads_the_level_columns_as_each_county_names_them(
        String first, String second, String firstLevels, String secondLevels) throws IOException {
      TableFixture table =
          TableFixture.named("社会救助")
              .row(
                  "序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体",
                  "主动", "依申请", first, second)
              .row(ROW);

      Item item = read(table);

      assertThat(item.levels())
          .containsExactlyInAnyOrderElementsOf(levels(firstLevels + " " + secondLevels));
    }

    private Set<AdminLevel> levels(String names) {
      return java.util.Arrays.stream(names.trim().split("\\s+"))
          .map(AdminLevel::valueOf)
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  @Nested
  class Extra_columns {

    @Test
    void maps_a_catalog_column_and_a_third_level_and_keeps_the_others_as_extensions()
        throws IOException {
      // GIVEN S3 (石城): 一级目录 before 一级/二级/三级事项, and 公开时长, 备注, 责任科室, 咨询电话 after
      TableFixture table =
          TableFixture.named("社会救助")
              .row(
                  "序号",
                  "一级目录",
                  "一级事项",
                  "二级事项",
                  "三级事项",
                  "公开内容",
                  "公开依据",
                  "公开时限",
                  "公开主体",
                  "公开渠道和载体",
                  "公开对象",
                  "公开方式",
                  "公开层级",
                  "公开时长",
                  "备注",
                  "责任科室(单位)",
                  "咨询电话")
              .row(
                  "0505",
                  "社会救助",
                  "最低生活保障",
                  "最低生活保障",
                  "政策法规文件",
                  "《社会救助暂行办法》(国务院令第649号)",
                  "《中华人民共和国政府信息公开条例》(国令第711号)",
                  "制定或获取信息之日起10个工作日内",
                  "石城县民政局",
                  "政府网站",
                  "全社会",
                  "主动公开",
                  "县级、乡级",
                  "长期",
                  "村级事项由村委会公开",
                  "社会救助股",
                  "0797-5712345");

      Item item = read(table);

      assertThat(item.code()).isEqualTo("0505");
      assertThat(item.path()).isEqualTo(ItemPath.of("最低生活保障", "最低生活保障", "政策法规文件"));
      assertThat(item.audience()).containsExactly(Audience.PUBLIC);
      assertThat(item.modes()).containsExactly(Mode.PROACTIVE);
      assertThat(item.levels()).containsExactly(AdminLevel.COUNTY, AdminLevel.TOWNSHIP);
      assertThat(item.extensions())
          .containsExactly(
              java.util.Map.entry("一级目录", "社会救助"),
              java.util.Map.entry("公开时长", "长期"),
              java.util.Map.entry("备注", "村级事项由村委会公开"),
              java.util.Map.entry("责任科室(单位)", "社会救助股"),
              java.util.Map.entry("咨询电话", "0797-5712345"));
    }

    @Test
    void keeps_text_a_typed_column_cannot_hold() throws IOException {
      // GIVEN 平武 (农村危房改造): 公开方式 holds 全文发布 and 公开属性 holds 主动公开
      TableFixture table =
          TableFixture.named("农村危房改造")
              .row("序号", "公开事项", "公开内容", "公开渠道", "公开方式", "公开属性", "公开对象", "咨询电话")
              .row("1", "农村危房改造政策文件", "相关政策文件", "政府网站", "全文发布", "主动公开", "全社会", "0816-8822345");

      Item item = read(table);

      assertThat(item.modes()).containsExactly(Mode.PROACTIVE);
      assertThat(item.audience()).containsExactly(Audience.PUBLIC);
      assertThat(item.extensions())
          .containsEntry("公开方式", "全文发布")
          .containsEntry("咨询电话", "0816-8822345");
    }
  }

  @Nested
  class Titles_and_domains {

    @ParameterizedTest
    @CsvSource({
      "(十三)农村危房改造领域基层政务公开标准目录, RURAL_DILAPIDATED_HOUSING_RENOVATION, 农村危房改造领域基层政务公开标准目录",
      "梅县区社会救助及福利领域基层政务公开标准目录, SOCIAL_ASSISTANCE, 梅县区社会救助及福利领域基层政务公开标准目录",
      "古鎮鎮社會救助領域基層政務公開標準目錄, SOCIAL_ASSISTANCE, 古鎮鎮社會救助領域基層政務公開標準目錄",
      "附件1 生态环境领域基层政务公开标准目录, ENVIRONMENTAL_PROTECTION, 生态环境领域基层政务公开标准目录"
    })
    void takes_the_domain_from_the_title_row(String title, PilotDomain domain, String kept)
        throws IOException {
      TableFixture table =
          TableFixture.named("Sheet1")
              .row(title)
              .row("序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体")
              .row(java.util.Arrays.copyOf(ROW, 8));

      Catalog catalog =
          LayoutsTest.only(
              TableImporter.defaults().read(table.write(dir, "table", TableFormat.XLSX)));

      assertThat(catalog.domain()).isEqualTo(domain);
      assertThat(catalog.metadata().title()).isEqualTo(kept);
    }

    @Test
    void a_given_domain_wins_over_the_title() throws IOException {
      TableFixture table =
          TableFixture.named("Sheet1")
              .row("序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体")
              .row(java.util.Arrays.copyOf(ROW, 8));

      Catalog catalog =
          LayoutsTest.only(
              TableImporter.defaults()
                  .withDomain(PilotDomain.ELDERLY_CARE)
                  .read(table.write(dir, "table", TableFormat.XLSX)));

      assertThat(catalog.domain()).isEqualTo(PilotDomain.ELDERLY_CARE);
      assertThat(catalog.metadata().title()).isEqualTo("table");
    }
  }
}
