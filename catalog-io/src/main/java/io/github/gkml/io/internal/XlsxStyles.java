package io.github.gkml.io.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the workbooks gkml writes: the template's title, header, body and √ cells, and
 * the diff report's added, removed and changed cells. Made once per workbook (a workbook holds at
 * most 64,000 styles).
 */
final class XlsxStyles {

  final CellStyle title;
  final CellStyle header;
  final CellStyle body;
  final CellStyle mark;
  final CellStyle note;
  final CellStyle added;
  final CellStyle addedMark;
  final CellStyle removed;
  final CellStyle removedMark;
  final CellStyle changed;
  final CellStyle changedMark;
  final CellStyle error;
  final CellStyle warning;

  XlsxStyles(Workbook workbook) {
    title = title(workbook);
    header = bordered(workbook, true, HorizontalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    body = bordered(workbook, false, HorizontalAlignment.LEFT);
    mark = bordered(workbook, false, HorizontalAlignment.CENTER);
    note = workbook.createCellStyle();
    note.setWrapText(true);
    note.setVerticalAlignment(VerticalAlignment.TOP);
    added = filled(workbook, body, IndexedColors.LIGHT_GREEN);
    addedMark = filled(workbook, mark, IndexedColors.LIGHT_GREEN);
    removed = struck(workbook, body);
    removedMark = struck(workbook, mark);
    changed = filled(workbook, body, IndexedColors.LIGHT_YELLOW);
    changedMark = filled(workbook, mark, IndexedColors.LIGHT_YELLOW);
    error = filled(workbook, body, IndexedColors.ROSE);
    warning = filled(workbook, body, IndexedColors.LIGHT_ORANGE);
  }

  private static CellStyle title(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    font.setFontHeightInPoints((short) 16);
    style.setFont(font);
    style.setAlignment(HorizontalAlignment.CENTER);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    return style;
  }

  private static CellStyle bordered(Workbook workbook, boolean bold, HorizontalAlignment align) {
    CellStyle style = workbook.createCellStyle();
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setWrapText(true);
    style.setAlignment(align);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    if (bold) {
      Font font = workbook.createFont();
      font.setBold(true);
      style.setFont(font);
    }
    return style;
  }

  private static CellStyle filled(Workbook workbook, CellStyle base, IndexedColors color) {
    CellStyle style = workbook.createCellStyle();
    style.cloneStyleFrom(base);
    style.setFillForegroundColor(color.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  private static CellStyle struck(Workbook workbook, CellStyle base) {
    CellStyle style = filled(workbook, base, IndexedColors.GREY_25_PERCENT);
    Font font = workbook.createFont();
    font.setStrikeout(true);
    font.setColor(IndexedColors.DARK_RED.getIndex());
    style.setFont(font);
    return style;
  }
}
