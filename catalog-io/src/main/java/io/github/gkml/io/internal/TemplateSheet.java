package io.github.gkml.io.internal;

import io.github.gkml.model.Item;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * Writes a catalog sheet in the national template layout: the title over the whole width, the
 * two-row header (序号 … over both rows; 公开事项, 公开对象, 公开方式, 公开层级 over their columns), one row per
 * item, notes below. The catalog export and the diff report share it.
 */
final class TemplateSheet {

  /** The first row of items (0-based): after the title and the two header rows. */
  static final int FIRST_ITEM_ROW = 3;

  /** The style and the comment of one cell of an item's row. */
  interface CellLook {
    /** The style of the cell in column {@code index}. */
    CellStyle style(int index, TemplateColumn column);

    /** A comment on the cell, or {@code null}. */
    default @Nullable String comment(int index, TemplateColumn column) {
      return null;
    }
  }

  private final Sheet sheet;
  private final TemplateLayout layout;
  private final XlsxStyles styles;
  private final CellValues values;
  private @Nullable Drawing<?> drawing;

  TemplateSheet(Sheet sheet, TemplateLayout layout, XlsxStyles styles, CellValues values) {
    this.sheet = sheet;
    this.layout = layout;
    this.styles = styles;
    this.values = values;
  }

  /** The title and the two header rows; column widths; the header frozen and repeated on print. */
  void header(String title) {
    List<TemplateColumn> columns = layout.columns();
    int last = columns.size() - 1;
    Row titleRow = sheet.createRow(0);
    titleRow.setHeightInPoints(30);
    set(titleRow, 0, title, styles.title);
    if (last > 0) {
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
    }
    Row groups = sheet.createRow(1);
    Row labels = sheet.createRow(2);
    for (int c = 0; c <= last; c++) {
      TemplateColumn column = columns.get(c);
      sheet.setColumnWidth(c, column.width() * 256 * 2);
      String group = column.group();
      if (group == null) {
        set(groups, c, column.label(), styles.header);
        set(labels, c, "", styles.header);
        sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
      } else {
        boolean first = c == 0 || !group.equals(columns.get(c - 1).group());
        set(groups, c, first ? group : "", styles.header);
        set(labels, c, column.label(), styles.header);
        int end = c;
        while (first && end < last && group.equals(columns.get(end + 1).group())) {
          end++;
        }
        if (first && end > c) {
          sheet.addMergedRegion(new CellRangeAddress(1, 1, c, end));
        }
      }
    }
    sheet.createFreezePane(0, FIRST_ITEM_ROW);
    sheet.setRepeatingRows(new CellRangeAddress(1, 2, 0, last));
    sheet.getPrintSetup().setLandscape(true);
  }

  /** One item's row. */
  void item(int rowIndex, Item item, CellLook look) {
    Row row = sheet.createRow(rowIndex);
    List<TemplateColumn> columns = layout.columns();
    for (int c = 0; c < columns.size(); c++) {
      TemplateColumn column = columns.get(c);
      Cell cell = set(row, c, values.text(item, column), look.style(c, column));
      String comment = look.comment(c, column);
      if (comment != null) {
        comment(cell, comment);
      }
    }
  }

  /** The notes below the table, from {@code rowIndex}, each over the whole width. */
  void notes(int rowIndex, List<String> notes) {
    int last = layout.columns().size() - 1;
    int r = rowIndex;
    for (String note : notes) {
      Row row = sheet.createRow(r);
      set(row, 0, note, styles.note);
      row.setHeightInPoints(Math.max(18, 16 * (int) note.lines().count()));
      if (last > 0) {
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
      }
      r++;
    }
  }

  /** The default look: body cells, √ cells centred. */
  CellLook plain() {
    return (index, column) -> column.isMark() ? styles.mark : styles.body;
  }

  private void comment(Cell cell, String text) {
    if (drawing == null) {
      drawing = sheet.createDrawingPatriarch();
    }
    CreationHelper helper = sheet.getWorkbook().getCreationHelper();
    ClientAnchor anchor = helper.createClientAnchor();
    // The anchor's first cell is the comment's cell: SXSSF keeps the anchor's address.
    anchor.setCol1(cell.getColumnIndex());
    anchor.setCol2(cell.getColumnIndex() + 3);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 4);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(helper.createRichTextString(text));
    comment.setAuthor("gkml");
    cell.setCellComment(comment);
  }

  static Cell set(Row row, int column, String text, CellStyle style) {
    Cell cell = row.createCell(column);
    if (!text.isEmpty()) {
      cell.setCellValue(text);
    }
    cell.setCellStyle(style);
    return cell;
  }
}
