package io.github.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.AdminLevel;
import io.github.gkml.model.Audience;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.Item;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.Mode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cells as real tables write them: checkbox glyphs, plain lists, ticks, merged cells, broken words.
 */
class CellVariantsTest {

  @TempDir Path dir;

  static final String[] HEADER = {
    "序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请",
    "县级", "乡级"
  };

  List<Item> items(TableFixture table, TableFormat format) throws IOException {
    return LayoutsTest.only(TableImporter.defaults().read(table.write(dir, "t", format))).items();
  }

  Item item(String channels, String... ticks) throws IOException {
    String[] row = {
      "1",
      "最低生活保障",
      "办事指南",
      "办理事项",
      "《社会救助暂行办法》",
      "制定或获取信息之日起10个工作日内",
      "县民政局",
      channels,
      ticks[0],
      ticks[1],
      ticks[2],
      ticks[3],
      ticks[4],
      ticks[5]
    };
    return items(TableFixture.named("社会救助").row(HEADER).row(row), TableFormat.XLSX).get(0);
  }

  @Nested
  class Channel_cells {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "■政府网站 □政府公报 ■公开查阅点 □政务服务中心 | 政府网站、公开查阅点",
          "■政府网站 口政府公报 ■公开查阅点 口政务服务中心 | 政府网站、公开查阅点",
          "☑政府网站 ☐政府公报 ☑公开查阅点 | 政府网站、公开查阅点",
          "t政府网站 □政府公报 t公开查阅点 | 政府网站、公开查阅点",
          "R政府網站 £政府公報 R公开查阅点 | 政府网站、公开查阅点",
          "√政府网站 □政府公报 ✓公开查阅点 | 政府网站、公开查阅点",
          "◆政府网站 ◆公开查阅点 | 政府网站、公开查阅点",
          "■政府网站■公开查阅点 | 政府网站、公开查阅点",
          "政府网站、公开查阅点 | 政府网站、公开查阅点",
          "政府网站;公开查阅点 | 政府网站、公开查阅点",
          "政府门户网站 / 政府信息查阅点 | 政府网站、公开查阅点",
          "■政府网站 ■社区/企事业单位/村公示/栏(电子屏) | 政府网站、社区/企事业单位/村公示栏(电子屏)",
          "■政务服务中心 ■其他:县融媒体中心 | 政务服务中心、县融媒体中心",
          "■镇村公示公开栏 ■便民惠民服务中心 | 社区/企事业单位/村公示栏(电子屏)、便民服务站",
          "■政府网站 ■微信公众号 □其他____ | 政府网站、政务微信"
        })
    void counts_ticked_and_listed_channels_only(String cell, String expected) throws IOException {
      Item item = item(cell.replace("/栏", "\n栏"), "√", "", "√", "", "√", "");

      assertThat(LayoutsTest.channels(item)).containsExactly(expected.split("、"));
    }
  }

  @Nested
  class Tick_columns {

    @ParameterizedTest
    @CsvSource({"√", "✓", "✔", "●", "是", "■"})
    void counts_every_tick(String tick) throws IOException {
      Item item = item("政府网站", tick, "", tick, "", tick, tick);

      assertThat(item.audience()).containsExactly(Audience.PUBLIC);
      assertThat(item.modes()).containsExactly(Mode.PROACTIVE);
      assertThat(item.levels()).containsExactly(AdminLevel.COUNTY, AdminLevel.TOWNSHIP);
      assertThat(item.extensions()).isEmpty();
    }

    @Test
    void does_not_count_the_question_mark_a_broken_page_leaves_in_empty_cells() throws IOException {
      Item item = item("政府网站", "√", "?", "√", "?", "√", "×");

      assertThat(item.audience()).containsExactly(Audience.PUBLIC);
      assertThat(item.modes()).containsExactly(Mode.PROACTIVE);
      assertThat(item.levels()).containsExactly(AdminLevel.COUNTY);
    }
  }

  @Nested
  class Merged_cells {

    @ParameterizedTest
    @EnumSource(
        value = TableFormat.class,
        names = {"XLSX", "HTML", "DOCX"})
    void gives_a_merged_cell_to_every_row_it_spans(TableFormat format) throws IOException {
      // GIVEN 公开依据 and 公开主体 merged over the three 最低生活保障 rows (as S2 does)
      TableFixture table =
          TableFixture.named("社会救助")
              .row(HEADER)
              .row(
                  "3",
                  "最低生活保障",
                  "政策法规文件",
                  "《国务院关于进一步加强和改进最低生活保障工作的意见》(国发〔2012〕45号)",
                  "《中华人民共和国政府信息公开条例》(国务院令第711号)",
                  "制定或获取信息之日起10个工作日内",
                  "县级人民政府民政部门",
                  "■政府网站",
                  "√",
                  "",
                  "√",
                  "",
                  "√",
                  "√")
              .row(
                  "4",
                  "",
                  "办事指南",
                  "办理事项、办理条件、最低生活保障标准",
                  "",
                  "制定或获取信息之日起10个工作日内",
                  "",
                  "■政府网站",
                  "√",
                  "",
                  "√",
                  "",
                  "√",
                  "√")
              .row(
                  "5",
                  "",
                  "审核信息",
                  "初审对象名单及相关信息",
                  "",
                  "制定或获取信息之日起10个工作日内,公示7个工作日",
                  "",
                  "■社区/企事业单位/村公示栏(电子屏)",
                  "",
                  "√",
                  "√",
                  "",
                  "",
                  "√")
              .merge(1, 3, 1, 1)
              .merge(1, 3, 4, 4)
              .merge(1, 3, 6, 6);

      List<Item> items = items(table, format);

      assertThat(items)
          .extracting(Item::path)
          .containsExactly(
              ItemPath.of("最低生活保障", "政策法规文件"),
              ItemPath.of("最低生活保障", "办事指南"),
              ItemPath.of("最低生活保障", "审核信息"));
      assertThat(items).allSatisfy(i -> assertThat(i.basis()).hasSize(1));
      assertThat(items).allSatisfy(i -> assertThat(i.subjects()).containsExactly("县级人民政府民政部门"));
      assertThat(items.get(2).effectiveDisplayPeriod()).isNotNull();
    }
  }

  @Nested
  class Broken_words_and_other_scripts {

    @Test
    void joins_names_and_deadlines_broken_by_line_breaks_and_spaces() throws IOException {
      // GIVEN S2/S4/S7: 政策/法规/文件 one word a line, 临/时/救/助, a deadline with a space between
      // every character, another broken over two lines
      TableFixture table =
          TableFixture.named("社会救助")
              .row(HEADER)
              .row(
                  "1",
                  "临\n时\n救\n助",
                  "政策\n法规\n文件",
                  "各地配套政策法规文件",
                  "信息公开规定",
                  "制 定 或 获 取 信 息之日起 10 个 工作日内",
                  "县民政局",
                  "政府网站",
                  "√",
                  "",
                  "√",
                  "",
                  "√",
                  "")
              .row(
                  "2",
                  "临时救助",
                  "办事\n指南",
                  "办理事项、办理\n条件",
                  "信息公开规定",
                  "制定或获取信息 之日起10个工作\n日 内",
                  "县民政局",
                  "政府网站",
                  "√",
                  "",
                  "√",
                  "",
                  "√",
                  "");

      List<Item> items = items(table, TableFormat.XLSX);

      assertThat(items.get(0).path()).isEqualTo(ItemPath.of("临时救助", "政策法规文件"));
      assertThat(items.get(1).path()).isEqualTo(ItemPath.of("临时救助", "办事指南"));
      assertThat(items.get(1).content()).containsExactly("办理事项", "办理条件");
      assertThat(items)
          .allSatisfy(i -> assertThat(i.deadline()).isInstanceOf(Deadline.Within.class));
    }

    @Test
    void reads_traditional_and_full_width_text() throws IOException {
      // GIVEN S11 (梅县区, traditional characters) and full-width digits
      TableFixture table =
          TableFixture.named("社會救助")
              .row(
                  "序號", "一級事項", "二級事項", "公開內容", "公開依據", "公開時限", "公開主體", "公開渠道和載體", "全社會", "特定群體",
                  "主動", "依申請", "縣級", "鄉級")
              .row(
                  "１",
                  "綜合業務",
                  "政策法規文件",
                  "《社會救助暫行辦法》",
                  "《中華人民共和國政府信息公開條例》",
                  "制定或獲取信息之日起１０個工作日內",
                  "梅縣區民政局",
                  "■政府網站",
                  "√",
                  "",
                  "√",
                  "",
                  "√",
                  "");

      Item item = items(table, TableFormat.XLSX).get(0);

      assertThat(item.code()).isEqualTo("1");
      assertThat(item.path().key()).isEqualTo(ItemPath.of("综合业务", "政策法规文件").key());
      assertThat(item.deadline()).isInstanceOf(Deadline.Within.class);
      assertThat(LayoutsTest.channels(item)).containsExactly("政府网站");
      assertThat(item.levels()).containsExactly(AdminLevel.COUNTY);
    }
  }
}
