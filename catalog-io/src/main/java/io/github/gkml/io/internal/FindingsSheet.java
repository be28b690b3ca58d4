package io.github.gkml.io.internal;

import io.github.gkml.model.ItemPath;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Severity;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * The findings sheet of the diff report: one row per finding — severity, rule, item, element, old
 * and new value, message, acceptance, versions, location — filtered by a click (autofilter), the
 * header frozen.
 */
final class FindingsSheet {

  private static final List<String> COLUMNS =
      List.of(
          "severity",
          "rule",
          "item",
          "field",
          "old",
          "new",
          "message",
          "accepted",
          "versions",
          "location");
  private static final int[] WIDTHS = {8, 22, 26, 12, 30, 30, 60, 24, 14, 24};

  private FindingsSheet() {}

  static void write(Workbook workbook, XlsxStyles styles, List<Finding> findings, Locale locale) {
    Sheet sheet = workbook.createSheet(WorkbookWords.word("sheet.findings", locale));
    Row header = sheet.createRow(0);
    for (int c = 0; c < COLUMNS.size(); c++) {
      TemplateSheet.set(
          header, c, WorkbookWords.word("column." + COLUMNS.get(c), locale), styles.header);
      sheet.setColumnWidth(c, WIDTHS[c] * 256 * 2);
    }
    int r = 1;
    for (Finding finding : findings) {
      Row row = sheet.createRow(r++);
      List<String> cells = cells(finding, locale);
      for (int c = 0; c < cells.size(); c++) {
        CellStyle style = c == 0 ? severityStyle(finding.severity(), styles) : styles.body;
        TemplateSheet.set(row, c, cells.get(c), style);
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.size() - 1));
  }

  private static List<String> cells(Finding finding, Locale locale) {
    ItemPath item = finding.item();
    String field = finding.field();
    SourceLocation location = finding.location();
    return List.of(
        WorkbookWords.word("severity." + finding.severity().name(), locale),
        finding.ruleId().id(),
        item == null ? "" : item.toString(),
        field == null ? "" : WorkbookWords.word("field." + field, locale),
        orEmpty(finding.oldValue()),
        orEmpty(finding.newValue()),
        finding.message(locale),
        orEmpty(finding.accepted()),
        versions(finding),
        location == null ? "" : location.toString());
  }

  private static String versions(Finding finding) {
    if (finding.fromVersion() == null && finding.toVersion() == null) {
      return "";
    }
    return orEmpty(finding.fromVersion()) + " → " + orEmpty(finding.toVersion());
  }

  private static CellStyle severityStyle(Severity severity, XlsxStyles styles) {
    return switch (severity) {
      case ERROR -> styles.error;
      case WARNING -> styles.warning;
      case INFO -> styles.body;
    };
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }
}
