package io.github.gkml.reliability;

import io.github.gkml.io.TableExporter;
import io.github.gkml.io.TableFormat;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.testing.CatalogGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Writes the committed seed corpora of the catalog and table fuzz targets (the {@code …Inputs}
 * directories beside the tests), from generated catalogs and the gkml writers. Run it again after a
 * change of the export layout:
 *
 * <pre>
 * mvn -B -pl catalog-reliability -am test-compile -Dfuzz.skip
 * java -cp "$(cat catalog-reliability/target/test-classpath.txt)" io.github.gkml.reliability.FuzzSeeds
 * </pre>
 *
 * <p>The example catalogs (examples/data) are seeds of the JSON and YAML targets as they are.
 */
final class FuzzSeeds {

  private static final Path ROOT =
      Path.of("catalog-reliability/src/test/resources/io/github/gkml/reliability");

  private FuzzSeeds() {}

  public static void main(String[] args) throws IOException {
    for (long seed = 1; seed <= 3; seed++) {
      Catalog catalog = CatalogGenerator.seeded(seed).catalog(3 + (int) seed * 2);
      catalog = catalog.withNotes(List.of("注:“■”表示必选项,“□”表示可选项。"));
      String name = "generated-" + seed;
      write(FuzzTarget.JSON, name, text(catalog, CatalogSyntax.JSON));
      write(FuzzTarget.YAML, name, text(catalog, CatalogSyntax.YAML));
      byte[] md = export(catalog, TableFormat.MD);
      write(FuzzTarget.MARKDOWN, name, md);
      write(FuzzTarget.CSV, name, MarkdownToCsv.convert(md));
      write(FuzzTarget.HTML, name, export(catalog, TableFormat.HTML));
      byte[] xlsx = export(catalog, TableFormat.XLSX);
      write(
          FuzzTarget.XLSX,
          name,
          OfficePackages.text(xlsx, OfficePackages.SHEET).getBytes(StandardCharsets.UTF_8));
    }
    Path examples = Path.of("examples/data");
    for (String file : List.of("shehui-jiuzhu-2023.yaml", "yanglao-fuwu-2024.yaml")) {
      write(FuzzTarget.YAML, file, Files.readAllBytes(examples.resolve(file)));
    }
    write(FuzzTarget.XLS, "merged", xls());
    write(FuzzTarget.DOCX, "table", docx());
    write(FuzzTarget.XLSX, "shared-strings", sharedStrings());
    selectingCopies();
  }

  /** Every target's seeds and findings, with their selecting byte, as seeds of every target. */
  private static void selectingCopies() throws IOException {
    Path every =
        ROOT.resolve(
            "EveryTargetFuzzTestInputs/every_parser_and_reader_fails_only_with_its_documented_exception");
    Files.createDirectories(every);
    for (FuzzTarget target : FuzzTarget.values()) {
      try (var files = Files.list(directory(target))) {
        for (Path file : files.sorted().toList()) {
          String name = target.name().toLowerCase(java.util.Locale.ROOT) + "-" + file.getFileName();
          Files.write(every.resolve(name), target.selecting(Files.readAllBytes(file)));
        }
      }
    }
  }

  private static byte[] text(Catalog catalog, CatalogSyntax syntax) {
    return CatalogFormat.defaults().toString(catalog, syntax).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] export(Catalog catalog, TableFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableExporter.defaults().write(catalog, format, out);
    return out.toByteArray();
  }

  private static void write(FuzzTarget target, String name, byte[] bytes) throws IOException {
    Files.write(directory(target).resolve("seed-" + name), bytes);
  }

  /** The seed directory of a target's own fuzz test. */
  static Path directory(FuzzTarget target) {
    String method =
        switch (target) {
          case DEADLINE -> "TextFuzzTestInputs/deadline_parse_never_throws_and_keeps_the_text";
          case LEGAL_BASIS ->
              "TextFuzzTestInputs/legal_basis_parse_never_throws_and_keeps_every_character";
          case JSON, YAML ->
              "CatalogFuzzTestInputs/"
                  + target.name().toLowerCase(java.util.Locale.ROOT)
                  + "_reader_fails_only_with_its_format_exception";
          case CSV, MARKDOWN, HTML, XLS, XLSX, DOCX ->
              "TableFuzzTestInputs/"
                  + target.name().toLowerCase(java.util.Locale.ROOT)
                  + "_importer_fails_only_with_its_exception";
        };
    return ROOT.resolve(method);
  }

  private static byte[] xls() throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      HSSFSheet sheet = workbook.createSheet("社会救助");
      String[][] rows = {
        {"社会救助领域基层政务公开标准目录"},
        {"序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "主动"},
        {
          "1", "最低生活保障", "政策法规文件", "政策文件", "《社会救助暂行办法》", "信息形成之日起20个工作日内", "县民政局", "■政府网站", "√", "√"
        },
        {"2", "", "办事指南", "办理事项、办理条件", "同上", "同上", "县民政局", "■政府网站□公开查阅点", "√", "√"},
        {"注:“■”表示必选项"}
      };
      for (int r = 0; r < rows.length; r++) {
        HSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
      sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("社会救助领域基层政务公开标准目录");
      String[][] rows = {
        {"序号", "一级事项", "二级事项", "公开内容", "公开时限", "公开主体"},
        {"1", "最低生活保障", "政策法规文件", "政策文件", "20个工作日内", "县民政局"},
        {"2", "临时救助", "办事指南", "办理事项", "同上", "县民政局"}
      };
      XWPFTable table = document.createTable(rows.length, rows[0].length);
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          table.getRow(r).getCell(c).setText(rows[r][c]);
        }
      }
      document.createParagraph().createRun().setText("注:本目录自印发之日起施行");
      document.write(out);
      return OfficePackages.text(out.toByteArray(), OfficePackages.DOCUMENT)
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  /** A sheet of shared-string cells, a NUL, and the shared strings (the xlsx target's split). */
  private static byte[] sharedStrings() throws IOException {
    var parts = OfficePackages.parts(OfficePackages.templateWorkbook());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(parts.get(OfficePackages.SHEET));
    out.write(0);
    out.write(parts.get(OfficePackages.SHARED_STRINGS));
    return out.toByteArray();
  }
}
