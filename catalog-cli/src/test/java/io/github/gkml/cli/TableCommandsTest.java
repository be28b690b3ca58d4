package io.github.gkml.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code gkml import}, {@code gkml export}, and tables given where a catalog is read. */
class TableCommandsTest {

  static final Path DATA = RevisionCommandsTest.DATA;
  static final String OLD = RevisionCommandsTest.OLD;
  static final String NEW = RevisionCommandsTest.NEW;

  @TempDir Path dir;

  Path export(String catalog, String name) {
    Path table = dir.resolve(name);
    CliRun run = CliRun.of("export", catalog, "-o", table.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return table;
  }

  static Catalog withoutSources(Catalog catalog) {
    return catalog.withItems(
        catalog.items().stream().map(i -> i.toBuilder().source(null).build()).toList());
  }

  @Nested
  class Export_and_import {

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "html", "md"})
    void import_of_an_export_gives_the_example_catalog_back(String extension) throws IOException {
      Path table = export(OLD, "社会救助-2023." + extension);
      Path yaml = dir.resolve("back.yaml");

      CliRun run = CliRun.of("import", table.toString(), "-o", yaml.toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("已写出 " + yaml).contains("社会救助");
      assertThat(withoutSources(CatalogFormat.defaults().read(yaml)))
          .isEqualTo(CatalogFormat.defaults().read(Path.of(OLD)));
    }

    @Test
    void refuses_a_table_format_it_does_not_write() {
      CliRun run = CliRun.of("export", OLD, "-o", dir.resolve("目录.pdf").toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains(".xlsx、.html、.htm 或 .md");
    }

    @Test
    void writes_one_file_per_catalog_of_a_page_into_a_folder_and_refuses_a_file()
        throws IOException {
      Path page = twoCatalogPage();

      CliRun toFile =
          CliRun.of("import", page.toString(), "-o", dir.resolve("one.yaml").toString());
      CliRun toFolder =
          CliRun.of("--lang", "en", "import", page.toString(), "-o", dir.resolve("out").toString());

      assertThat(toFile.exitCode()).isEqualTo(2);
      assertThat(toFile.err()).contains("含 2 个目录").contains("社会救助").contains("养老服务");
      assertThat(toFolder.exitCode()).as(toFolder.err()).isZero();
      try (Stream<Path> files = Files.list(dir.resolve("out"))) {
        assertThat(files.map(p -> p.getFileName().toString()).sorted())
            .containsExactly(
                "shehui-jiuzhu-某县社会救助领域基层政务公开标准目录.yaml", "yanglao-fuwu-某县养老服务领域基层政务公开标准目录.yaml");
      }
    }

    @Test
    void reads_a_csv_in_gb18030_and_honours_a_given_encoding() throws IOException {
      Path csv = dir.resolve("目录.csv");
      Files.write(csv, csvTable().getBytes(Charset.forName("GB18030")));

      CliRun detected = CliRun.of("import", csv.toString(), "-o", dir.resolve("a.json").toString());
      CliRun wrong =
          CliRun.of(
              "import",
              csv.toString(),
              "--encoding",
              "UTF-8",
              "-o",
              dir.resolve("b.json").toString());

      assertThat(detected.exitCode()).as(detected.err()).isZero();
      assertThat(CatalogFormat.defaults().read(dir.resolve("a.json")).items()).hasSize(1);
      assertThat(wrong.exitCode()).isEqualTo(3);
      assertThat(wrong.err()).startsWith(csv.toString()).contains("UTF-8");
    }

    @Test
    void prints_the_rows_it_cannot_read_and_writes_the_others() throws IOException {
      Path csv = dir.resolve("目录.csv");
      Files.writeString(csv, csvTable() + "2,,,,,,,\n", StandardCharsets.UTF_8);
      Path yaml = dir.resolve("c.yaml");

      CliRun run = CliRun.of("import", csv.toString(), "-o", yaml.toString(), "--domain", "社会救助");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("ROW_UNREADABLE").contains("第4行无法读取");
      assertThat(CatalogFormat.defaults().read(yaml).items()).hasSize(1);
    }

    @Test
    void refuses_an_unknown_domain() throws IOException {
      Path csv = Files.writeString(dir.resolve("目录.csv"), csvTable());

      CliRun run =
          CliRun.of(
              "import", csv.toString(), "-o", dir.resolve("d.yaml").toString(), "--domain", "航天");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("航天").contains("社会救助");
    }
  }

  @Nested
  class Tables_where_catalogs_are_read {

    @Test
    void diff_of_two_workbooks_finds_what_the_diff_of_the_catalog_files_finds() throws IOException {
      Path older = export(OLD, "2023.xlsx");
      Path newer = export(NEW, "2024.xlsx");

      JsonNode files = json(CliRun.of("diff", "--format", "json", OLD, NEW));
      JsonNode tables =
          json(CliRun.of("diff", "--format", "json", older.toString(), newer.toString()));

      assertThat(rules(tables)).isEqualTo(rules(files)).contains("CONTENT_ELEMENT_REMOVED");
      assertThat(tables.at("/findings/0/location/sheet").asText()).isEqualTo("社会救助");
    }

    @Test
    void diff_writes_the_workbook_report() throws IOException {
      Path report = dir.resolve("差异报告.xlsx");

      CliRun run = CliRun.of("diff", "--format", "xlsx", "-o", report.toString(), OLD, NEW);

      assertThat(run.exitCode()).isEqualTo(1);
      try (InputStream in = Files.newInputStream(report);
          XSSFWorkbook workbook = new XSSFWorkbook(in)) {
        assertThat(workbook.getSheetName(0)).isEqualTo("社会救助");
        assertThat(workbook.getSheetName(1)).isEqualTo("检查发现");
      }
    }

    @Test
    void history_and_validate_write_the_workbook_too() {
      Path history = dir.resolve("h.xlsx");
      Path single = dir.resolve("v.xlsx");

      CliRun run = CliRun.of("history", "--format", "xlsx", "-o", history.toString(), OLD, NEW);
      CliRun one = CliRun.of("validate", "--format", "xlsx", "-o", single.toString(), OLD);

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(history).exists();
      assertThat(one.exitCode()).as("the 2023 example has no error").isZero();
      assertThat(single).exists();
    }

    @Test
    void the_workbook_needs_an_output_file() {
      CliRun run = CliRun.of("diff", "--format", "xlsx", OLD, NEW);

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("-o");
    }

    @Test
    void validate_reports_unreadable_rows_with_the_other_findings() throws IOException {
      Path csv = dir.resolve("社会救助.csv");
      Files.writeString(csv, csvTable() + "2,,,,,,,\n");

      JsonNode report = json(CliRun.of("validate", "--format", "json", csv.toString()));

      assertThat(rules(report)).contains("ROW_UNREADABLE");
    }

    @Test
    void a_table_holding_several_catalogs_is_an_input_error_where_one_is_expected()
        throws IOException {
      CliRun run = CliRun.of("validate", twoCatalogPage().toString());

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).contains("holds 2 catalogs").contains("gkml import");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "docx", "html", "csv"})
    void binary_garbage_with_a_table_extension_is_an_input_error(String extension)
        throws IOException {
      byte[] bytes = new byte[2048];
      new Random(7).nextBytes(bytes);
      bytes[0] = 0;
      Path file = Files.write(dir.resolve("garbage." + extension), bytes);

      CliRun run = CliRun.of("validate", file.toString());

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).startsWith(file.toString()).doesNotContain("\tat ");
    }
  }

  static String csvTable() {
    return "某县社会救助领域基层政务公开标准目录\n"
        + "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体\n"
        + "1,最低生活保障,办事指南,\"办理事项、办理条件、申请材料\",《社会救助暂行办法》,制定或获取信息之日起10个工作日内,县民政局,\"■政府网站 □政府公报\"\n";
  }

  Path twoCatalogPage() throws IOException {
    String table =
        "<table><tr><td>序号</td><td>一级事项</td><td>二级事项</td><td>公开内容</td><td>公开时限</td></tr>"
            + "<tr><td>1</td><td>%s</td><td>政策文件</td><td>文件名称</td><td>20个工作日内</td></tr></table>";
    String page =
        "<html><body><h2>某县社会救助领域基层政务公开标准目录</h2>"
            + table.formatted("最低生活保障")
            + "<h2>某县养老服务领域基层政务公开标准目录</h2>"
            + table.formatted("养老服务通用政策")
            + "</body></html>";
    return Files.writeString(dir.resolve("目录.html"), page);
  }

  static JsonNode json(CliRun run) throws IOException {
    return new ObjectMapper().readTree(run.out());
  }

  static List<String> rules(JsonNode report) {
    List<String> rules = new ArrayList<>();
    report.get("findings").forEach(f -> rules.add(f.get("ruleId").asText()));
    return rules;
  }
}
