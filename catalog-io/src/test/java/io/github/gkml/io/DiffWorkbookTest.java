package io.github.gkml.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.ItemPath;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.RevisionCheck;
import io.github.gkml.validation.RuleId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The diff report workbook over the example revision of 社会救助 (2023 → 2024). */
class DiffWorkbookTest {

  static final Path DATA = Path.of(System.getProperty("gkml.root", "..")).resolve("examples/data");

  static Catalog older;
  static Catalog newer;
  static List<Finding> findings;
  static XSSFWorkbook workbook;

  @BeforeAll
  static void write() throws IOException {
    older = CatalogFormat.defaults().read(DATA.resolve("shehui-jiuzhu-2023.yaml"));
    newer = CatalogFormat.defaults().read(DATA.resolve("shehui-jiuzhu-2024.yaml"));
    findings = RevisionCheck.defaults().check(older, newer);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DiffWorkbook.defaults().write(older, newer, findings, Locale.SIMPLIFIED_CHINESE, out);
    workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  static XSSFSheet catalogSheet() {
    return workbook.getSheetAt(0);
  }

  /** The row of the sheet whose 一级/二级事项 cells name the path; -1 if none. */
  static int rowOf(ItemPath path) {
    XSSFSheet sheet = catalogSheet();
    for (Row row : sheet) {
      if (row.getRowNum() >= 3
          && text(row.getCell(1)).equals(path.level1())
          && (path.depth() == 1 || text(row.getCell(2)).equals(path.segments().get(1)))) {
        return row.getRowNum();
      }
    }
    return -1;
  }

  static String text(Cell cell) {
    return cell == null ? "" : cell.getStringCellValue();
  }

  @Nested
  class The_catalog_sheet {

    @Test
    void is_the_new_catalog_in_the_template_layout_with_the_removed_items_after_it() {
      XSSFSheet sheet = catalogSheet();

      assertThat(sheet.getSheetName()).isEqualTo("社会救助");
      assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo(newer.metadata().title());
      assertThat(text(sheet.getRow(1).getCell(1))).isEqualTo("公开事项");
      assertThat(text(sheet.getRow(2).getCell(1))).isEqualTo("一级事项");
      int removed = removedItems().size();
      assertThat(sheet.getLastRowNum())
          .isGreaterThanOrEqualTo(TemplateRows.FIRST + newer.items().size() + removed - 1);
    }

    @Test
    void strikes_through_the_removed_items() {
      for (ItemPath path : removedItems()) {
        XSSFCell cell = catalogSheet().getRow(rowOf(path)).getCell(1);
        assertThat(cell.getCellStyle().getFont().getStrikeout()).as("%s", path).isTrue();
      }
    }

    @Test
    void fills_the_added_items_green_and_the_changed_cells_yellow_with_the_old_text() {
      Finding removedElement = first(RuleId.CONTENT_ELEMENT_REMOVED);
      XSSFCell content = catalogSheet().getRow(rowOf(removedElement.item())).getCell(3);

      assertThat(content.getCellStyle().getFillForegroundColor())
          .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
      assertThat(content.getCellStyle().getFillPattern())
          .isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(content.getCellComment().getString().getString())
          .startsWith("原:")
          .contains(removedElement.oldValue());
      Finding added = first(RuleId.ITEM_ADDED);
      XSSFCell name = catalogSheet().getRow(rowOf(added.item())).getCell(1);
      assertThat(name.getCellStyle().getFillForegroundColor())
          .isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
    }

    List<ItemPath> removedItems() {
      List<ItemPath> paths = new ArrayList<>();
      findings.stream()
          .filter(
              f -> f.ruleId().equals(RuleId.ITEM_REMOVED) || f.ruleId().equals(RuleId.ITEM_RETIRED))
          .forEach(f -> paths.add(f.item()));
      return paths;
    }
  }

  @Nested
  class The_findings_sheet {

    @Test
    void lists_every_finding_with_its_message() {
      XSSFSheet sheet = workbook.getSheet("检查发现");

      assertThat(sheet.getLastRowNum()).isEqualTo(findings.size());
      assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("严重程度");
      List<String> rules = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        rules.add(text(sheet.getRow(r).getCell(1)));
      }
      assertThat(rules)
          .containsExactlyElementsOf(findings.stream().map(f -> f.ruleId().id()).toList());
      assertThat(text(sheet.getRow(1).getCell(6)))
          .isEqualTo(findings.get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void is_in_english_when_asked() throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DiffWorkbook.defaults().write(older, newer, findings, Locale.ENGLISH, out);
      try (XSSFWorkbook english = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
        assertThat(english.getSheet("Findings")).isNotNull();
        assertThat(text(english.getSheet("Findings").getRow(0).getCell(0))).isEqualTo("Severity");
      }
    }

    @Test
    void shows_one_catalog_with_its_findings_when_there_is_no_old_version() throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      DiffWorkbook.defaults().write(null, newer, List.of(), Locale.SIMPLIFIED_CHINESE, out);
      try (XSSFWorkbook single = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
        assertThat(single.getSheetAt(0).getRow(3).getCell(1).getCellStyle().getFillPattern())
            .isEqualTo(FillPatternType.NO_FILL);
        assertThat(single.getSheet("检查发现").getLastRowNum()).isZero();
      }
    }
  }

  static Finding first(RuleId rule) {
    return findings.stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow();
  }

  /** Where items start on the sheet. */
  static final class TemplateRows {
    static final int FIRST = 3;
  }
}
