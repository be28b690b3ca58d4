package io.github.gkml.io.internal;

import io.github.gkml.diff.CatalogDiff;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Item;
import io.github.gkml.validation.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes the diff report workbook: the new catalog's sheet in the template layout with added rows
 * green, changed cells yellow (a comment says what they were), removed items appended struck
 * through; then the findings sheet.
 */
public final class DiffWorkbookWriter {

  private DiffWorkbookWriter() {}

  /**
   * Writes the workbook; the stream is not closed.
   *
   * @param diff the diff of the two versions, or {@code null} for one catalog
   */
  public static void write(
      @Nullable CatalogDiff diff,
      Catalog newer,
      List<Finding> findings,
      ChannelVocabulary vocabulary,
      Locale locale,
      OutputStream out)
      throws IOException {
    PoiSettings.apply();
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      workbook.setCompressTempFiles(true);
      XlsxStyles styles = new XlsxStyles(workbook);
      List<Catalog> shown = new ArrayList<>(List.of(newer));
      if (diff != null) {
        shown.add(diff.oldCatalog());
      }
      TemplateLayout layout = TemplateLayout.of(shown);
      CellValues values = new CellValues(vocabulary);
      DiffMarks marks =
          diff == null ? DiffMarks.none(layout, values) : DiffMarks.of(diff, layout, values);
      Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(newer.domain().label()));
      TemplateSheet template = new TemplateSheet(sheet, layout, styles, values);
      template.header(newer.metadata().title());
      int r = TemplateSheet.FIRST_ITEM_ROW;
      for (int i = 0; i < newer.items().size(); i++) {
        template.item(r++, newer.items().get(i), look(marks, i, styles, locale));
      }
      for (Item item : marks.removed()) {
        template.item(r++, item, removed(styles, locale));
      }
      template.notes(
          r + 1, List.of(WorkbookWords.word(diff == null ? "legend.single" : "legend", locale)));
      FindingsSheet.write(workbook, styles, findings, locale);
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }

  private static TemplateSheet.CellLook look(
      DiffMarks marks, int index, XlsxStyles styles, Locale locale) {
    boolean added = marks.isAdded(index);
    return new TemplateSheet.CellLook() {
      @Override
      public CellStyle style(int column, TemplateColumn template) {
        boolean mark = template.isMark();
        if (added) {
          return mark ? styles.addedMark : styles.added;
        }
        if (marks.was(index, column) != null) {
          return mark ? styles.changedMark : styles.changed;
        }
        return mark ? styles.mark : styles.body;
      }

      @Override
      public @Nullable String comment(int column, TemplateColumn template) {
        String before = marks.was(index, column);
        return before == null ? null : WorkbookWords.was(before, locale);
      }
    };
  }

  private static TemplateSheet.CellLook removed(XlsxStyles styles, Locale locale) {
    return new TemplateSheet.CellLook() {
      @Override
      public CellStyle style(int column, TemplateColumn template) {
        return template.isMark() ? styles.removedMark : styles.removed;
      }

      @Override
      public @Nullable String comment(int column, TemplateColumn template) {
        return column == 0 ? WorkbookWords.word("removed", locale) : null;
      }
    };
  }
}
