package io.github.gkml.io.internal;

import io.github.gkml.model.Catalog;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.Item;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a catalog as an {@code .xlsx} workbook a county can publish as is: the catalog's sheet in
 * the national template layout, then the sheets 目录信息, 未涉及事项说明 and 已退出事项 that keep the rest of the
 * catalog. Rows are streamed (POI's SXSSF), so a large catalog does not sit in memory twice.
 */
public final class XlsxCatalogWriter {

  private XlsxCatalogWriter() {}

  /** Writes the workbook; the stream is not closed. */
  public static void write(Catalog catalog, ChannelVocabulary vocabulary, OutputStream out)
      throws IOException {
    PoiSettings.apply();
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      workbook.setCompressTempFiles(true);
      XlsxStyles styles = new XlsxStyles(workbook);
      TemplateLayout layout = TemplateLayout.of(List.of(catalog));
      Sheet sheet =
          workbook.createSheet(WorkbookUtil.createSafeSheetName(catalog.domain().label()));
      TemplateSheet template = new TemplateSheet(sheet, layout, styles, new CellValues(vocabulary));
      template.header(catalog.metadata().title());
      int r = TemplateSheet.FIRST_ITEM_ROW;
      for (Item item : catalog.items()) {
        template.item(r++, item, template.plain());
      }
      template.notes(r + 1, catalog.notes());
      for (SupplementRows.Section section : SupplementRows.sections(catalog)) {
        keyValues(workbook, styles, section.heading(), section.header(), section.rows());
      }
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }

  /** A plain sheet: a header row, then rows of text. */
  static void keyValues(
      Workbook workbook,
      XlsxStyles styles,
      String name,
      List<String> header,
      List<List<String>> rows) {
    Sheet sheet = workbook.createSheet(name);
    Row top = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      TemplateSheet.set(top, c, header.get(c), styles.header);
      sheet.setColumnWidth(c, (c == header.size() - 1 ? 40 : 16) * 256 * 2);
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<String> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        TemplateSheet.set(row, c, values.get(c), styles.body);
      }
    }
  }
}
