package io.github.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Files that are not catalog tables, or are hostile, are refused with a message a person can act
 * on.
 */
class BadInputTest {

  @TempDir Path dir;

  @Nested
  class No_catalog {

    @Test
    void names_the_headers_found_and_the_ones_expected() throws IOException {
      // GIVEN a budget table with a header, but not a catalog's
      Path file =
          TableFixture.named("预算表")
              .row("部门预算收支总表")
              .row("项目名称", "金额(万元)", "备注")
              .row("一般公共预算拨款", "1234.5", "")
              .write(dir, "预算", TableFormat.XLSX);

      assertThatThrownBy(() -> TableImporter.defaults().read(file))
          .isInstanceOf(TableImportException.class)
          .hasMessageStartingWith(file + ":预算表:2: no catalog header recognised")
          .hasMessageContaining("项目名称 | 金额(万元) | 备注")
          .hasMessageContaining("expected at least three of 序号, 一级事项, 二级事项");
    }

    @Test
    void says_when_a_page_has_no_table_at_all() throws IOException {
      Path page = dir.resolve("page.html");
      Files.writeString(page, "<html><body><p>页面不存在</p></body></html>");

      assertThatThrownBy(() -> TableImporter.defaults().read(page))
          .isInstanceOf(TableImportException.class)
          .hasMessageContaining("no table found");
    }

    @Test
    void refuses_a_missing_file_a_folder_and_an_unknown_extension() {
      assertThatThrownBy(() -> TableImporter.defaults().read(dir.resolve("无.xlsx")))
          .hasMessageEndingWith("no such file");
      assertThatThrownBy(
              () -> TableImporter.defaults().read(Files.createDirectory(dir.resolve("d.csv"))))
          .hasMessageContaining("is a directory");
      assertThatThrownBy(() -> TableImporter.defaults().read(dir.resolve("目录.pdf")))
          .hasMessageContaining("not a table file");
    }
  }

  @Nested
  class Garbage {

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void refuses_binary_garbage_with_every_extension(TableFormat format) throws IOException {
      byte[] bytes = new byte[4096];
      new Random(42).nextBytes(bytes);
      bytes[100] = 0;
      Path file = dir.resolve("garbage." + format.extensions().get(0));
      Files.write(file, bytes);

      assertThatThrownBy(() -> TableImporter.defaults().read(file))
          .isInstanceOf(TableImportException.class)
          .hasMessageStartingWith(file + ": ")
          .hasMessageNotContaining("Exception");
    }

    @Test
    void says_an_old_binary_workbook_named_xlsx_is_one() throws IOException {
      Path xls = Fixtures.householdRegistration().write(dir, "户籍", TableFormat.XLS);
      Path misnamed = Files.copy(xls, dir.resolve("户籍.xlsx"));

      assertThatThrownBy(() -> TableImporter.defaults().read(misnamed))
          .hasMessageContaining("old binary Office file");
    }

    @Test
    void reads_an_old_binary_workbook_named_xls() throws IOException {
      Path xls = Fixtures.householdRegistration().write(dir, "户籍", TableFormat.XLS);

      assertThat(TableImporter.defaults().read(xls).catalogs().get(0).catalog().items()).hasSize(3);
    }
  }

  @Nested
  class Limits {

    @Test
    void refuses_more_rows_than_the_limit_naming_it() throws IOException {
      TableFixture table = TableFixture.named("Sheet1").row(RowsAndPagesTest.HEADER);
      for (int i = 1; i <= 60; i++) {
        table.row(RowsAndPagesTest.row(String.valueOf(i), "事项" + i, "政策文件", "内容"));
      }
      Path file = table.write(dir, "大表", TableFormat.XLSX);

      assertThatThrownBy(
              () ->
                  TableImporter.defaults()
                      .withLimits(TableLimits.defaults().withMaxRows(50))
                      .read(file))
          .isInstanceOf(TableImportException.class)
          .hasMessageContaining("more than 50 rows with content (TableLimits.maxRows)");
    }

    @Test
    void refuses_a_cell_too_long_a_column_too_far_and_a_file_too_large() throws IOException {
      Path file =
          TableFixture.named("Sheet1")
              .row(RowsAndPagesTest.HEADER)
              .row("x".repeat(500))
              .write(dir, "t", TableFormat.CSV);
      TableLimits limits = TableLimits.defaults();

      assertThatThrownBy(
              () -> TableImporter.defaults().withLimits(limits.withMaxCellLength(100)).read(file))
          .hasMessageContaining(":2:1: a cell of 500 characters, more than the limit of 100");
      assertThatThrownBy(
              () -> TableImporter.defaults().withLimits(limits.withMaxColumns(4)).read(file))
          .hasMessageContaining("beyond the limit of 4 columns");
      assertThatThrownBy(
              () -> TableImporter.defaults().withLimits(limits.withMaxFileBytes(10)).read(file))
          .hasMessageContaining("(TableLimits.maxFileBytes)");
    }
  }

  @Nested
  class Hostile_workbooks {

    @Test
    void refuses_a_zip_bomb() throws IOException {
      // GIVEN a real workbook whose sheet expands a thousand times when unzipped
      Path file =
          rewrittenSheet(
              sheet -> sheet.replace("<sheetData>", "<sheetData>" + " ".repeat(20 << 20)));

      assertThatThrownBy(() -> TableImporter.defaults().read(file))
          .isInstanceOf(TableImportException.class)
          .hasMessageContaining("zip bomb");
    }

    @Test
    void never_reads_an_external_entity() throws IOException {
      // GIVEN a workbook whose sheet declares an entity naming a local file, used in a cell
      Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
      Path file =
          rewrittenSheet(
              sheet ->
                  sheet
                      .replaceFirst(
                          "<worksheet",
                          "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                              + secret.toUri()
                              + "\">]><worksheet")
                      .replace("序号", "&xxe;"));

      assertThatThrownBy(() -> TableImporter.defaults().read(file))
          .isInstanceOf(TableImportException.class)
          .hasMessageContaining("DOCTYPE")
          .hasMessageNotContaining("TOP-SECRET-VALUE");
    }

    @Test
    void never_reads_an_external_entity_in_a_word_document() throws IOException {
      Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
      Path docx = Fixtures.shanghaiOneRowHeader().write(dir, "doc", TableFormat.DOCX);
      Path file =
          rewritten(
              docx,
              "word/document.xml",
              xml ->
                  xml.replaceFirst(
                          "<w:document",
                          "<!DOCTYPE d [<!ENTITY xxe SYSTEM \""
                              + secret.toUri()
                              + "\">]><w:document")
                      .replace("公开事项", "&xxe;"));

      assertThatThrownBy(() -> TableImporter.defaults().read(file))
          .isInstanceOf(TableImportException.class)
          .hasMessageNotContaining("TOP-SECRET-VALUE");
    }

    private Path rewrittenSheet(java.util.function.UnaryOperator<String> change)
        throws IOException {
      Path xlsx = Fixtures.shanghaiOneRowHeader().write(dir, "source", TableFormat.XLSX);
      return rewritten(xlsx, "xl/worksheets/sheet1.xml", change);
    }

    private Path rewritten(
        Path source, String part, java.util.function.UnaryOperator<String> change)
        throws IOException {
      String extension = source.toString().substring(source.toString().lastIndexOf('.'));
      Path target = dir.resolve("hostile" + extension);
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
          ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          byte[] bytes = in.readAllBytes();
          if (entry.getName().equals(part)) {
            bytes =
                change
                    .apply(new String(bytes, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
          }
          out.putNextEntry(new ZipEntry(entry.getName()));
          out.write(bytes);
          out.closeEntry();
        }
      }
      return target;
    }
  }

  /** A workbook with shared strings keeps 序号 in sharedStrings.xml; make sure ours inlines it. */
  @Test
  void the_fixture_workbook_keeps_its_text_where_the_tests_rewrite_it() throws IOException {
    Path xlsx = Fixtures.shanghaiOneRowHeader().write(dir, "source", TableFormat.XLSX);
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook workbook = new XSSFWorkbook(in);
        OutputStream sink = OutputStream.nullOutputStream()) {
      workbook.write(sink);
      assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("公开事项");
    }
  }
}
