package io.github.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.Item;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text read as written: the defects the bad-input corpus and the round-trip property test found
 * (docs/reliability.md), each pinned here where the reader lives.
 */
class TextFidelityTest {

  static final Charset GBK = Charset.forName("GBK");
  static final String HEADER =
      "<tr><th>序号</th><th>一级事项</th><th>二级事项</th><th>公开内容</th><th>公开时限</th></tr>";

  @TempDir Path dir;

  Catalog onlyCatalog(Path file) throws TableImportException {
    TableImport read = TableImporter.defaults().read(file);
    assertThat(read.catalogs()).hasSize(1);
    return read.catalogs().get(0).catalog();
  }

  @Test
  void a_table_inside_a_catalog_cell_does_not_hide_the_catalog() throws IOException {
    Path page = dir.resolve("社会救助.html");
    Files.writeString(
        page,
        "<html><body><h1>社会救助领域基层政务公开标准目录</h1><table>"
            + HEADER
            + "<tr><td>1</td><td>最低生活保障</td><td><table><tr><td>办事指南</td></tr></table></td>"
            + "<td>办理条件</td><td>20个工作日内</td></tr></table></body></html>");

    Item item = onlyCatalog(page).items().get(0);

    assertThat(item.path().segments()).containsExactly("最低生活保障", "办事指南");
    assertThat(item.content()).containsExactly("办理条件");
  }

  @Test
  void a_layout_table_around_the_catalog_is_not_read_as_one() throws IOException {
    Path page = dir.resolve("社会救助.html");
    Files.writeString(
        page,
        "<html><body><table><tr><td>导航</td><td><h2>社会救助领域基层政务公开标准目录</h2><table>"
            + HEADER
            + "<tr><td>1</td><td>最低生活保障</td><td>办事指南</td><td>办理条件</td>"
            + "<td>20个工作日内</td></tr></table></td></tr></table></body></html>");

    assertThat(onlyCatalog(page).items()).hasSize(1);
  }

  @Test
  void a_gbk_page_without_a_charset_is_read_as_gbk_not_garbled() throws IOException {
    Path page = dir.resolve("社会救助.html");
    Files.write(
        page,
        ("<html><body><h1>社会救助领域基层政务公开标准目录</h1><table>"
                + HEADER
                + "<tr><td>1</td><td>最低生活保障</td><td>办事指南</td><td>办理条件</td>"
                + "<td>20个工作日内</td></tr></table></body></html>")
            .getBytes(GBK));

    Item item = onlyCatalog(page).items().get(0);

    assertThat(item.path().segments()).containsExactly("最低生活保障", "办事指南");
    assertThat(item.toString()).doesNotContain("\uFFFD");
  }

  @Test
  void a_page_in_mixed_encodings_is_refused_naming_the_line() throws IOException {
    Path page = dir.resolve("社会救助.html");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(("<html><body><table>" + HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("<tr><td>1</td><td>最低生活保障</td></tr></table>\n".getBytes(GBK));
    Files.write(page, bytes.toByteArray());

    assertThatThrownBy(() -> TableImporter.defaults().read(page))
        .isInstanceOf(TableImportException.class)
        .hasMessageStartingWith(page + ":2: ")
        .hasMessageContaining("line 2 is not UTF-8 though the lines before it are");
  }

  @Test
  void an_ideographic_space_inside_an_html_cell_is_kept() throws IOException {
    Catalog catalog = onlyCatalog(page("全角　空格"));

    assertThat(catalog.items().get(0).extensions()).containsEntry("备注", "全角　空格");
  }

  @Test
  void the_text_br_in_a_markdown_cell_and_note_survives_a_round_trip() throws IOException {
    Catalog catalog = onlyCatalog(page("写作 <br> 不换行"));
    Catalog withNote = catalog.withNotes(List.of("注:<BR/> 是文字", "反斜杠 \\<br> 也是"));
    Path md = dir.resolve("社会救助.md");

    TableExporter.defaults().write(withNote, md);
    Catalog back = onlyCatalog(md);

    assertThat(Files.readString(md)).contains("写作 \\<br> 不换行");
    assertThat(back.items().get(0).extensions()).isEqualTo(withNote.items().get(0).extensions());
    assertThat(back.metadata().notes()).isEqualTo(withNote.metadata().notes());
  }

  @Test
  void a_markdown_heading_with_no_text_around_the_table_is_no_note() throws IOException {
    Path md = dir.resolve("社会救助.md");
    Files.writeString(
        md,
        String.join(
            "\n",
            "# 某县社会救助领域基层政务公开标准目录",
            "",
            "| 序号 | 一级事项 | 二级事项 | 公开内容（要素） |",
            "| --- | --- | --- | --- |",
            "| 1 | 最低生活保障 | 办事指南 | 办理事项 |",
            "",
            "#",
            "注:“■”表示必选项,“□”表示可选项。",
            ""),
        StandardCharsets.UTF_8);

    Catalog catalog = onlyCatalog(md);

    assertThat(catalog.items()).hasSize(1);
    assertThat(catalog.metadata().notes()).containsExactly("注:“■”表示必选项,“□”表示可选项。");
  }

  private Path page(String remark) throws IOException {
    Path page = dir.resolve("社会救助-" + Math.abs(remark.hashCode()) + ".html");
    Files.writeString(
        page,
        "<html><head><meta charset=\"utf-8\"></head><body><h1>社会救助领域基层政务公开标准目录</h1>"
            + "<table><tr><th>序号</th><th>一级事项</th><th>二级事项</th><th>备注</th></tr>"
            + "<tr><td>1</td><td>最低生活保障</td><td>办事指南</td><td>"
            + remark.replace("<", "&lt;").replace(">", "&gt;")
            + "</td></tr></table></body></html>");
    return page;
  }
}
