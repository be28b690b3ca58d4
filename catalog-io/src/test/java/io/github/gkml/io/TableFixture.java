package io.github.gkml.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A table as a county publishes it, written in test code as rows of cells with merged regions, and
 * saved as a workbook, a Word document, a web page, CSV or Markdown — the same table in every
 * format, so that one test proves the one recogniser through every reader.
 */
final class TableFixture {

  private final String name;
  private final List<String> before = new ArrayList<>();
  private final List<String> after = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  private final List<int[]> merges = new ArrayList<>();

  private TableFixture(String name) {
    this.name = name;
  }

  /** A table on a sheet (or under a heading) of this name. */
  static TableFixture named(String name) {
    return new TableFixture(name);
  }

  /** A paragraph before the table (pages and documents; a workbook has none). */
  TableFixture before(String text) {
    before.add(text);
    return this;
  }

  /** A paragraph after the table. */
  TableFixture after(String text) {
    after.add(text);
    return this;
  }

  /** One more row; cells are columns from the first. */
  TableFixture row(String... cells) {
    rows.add(Arrays.asList(cells));
    return this;
  }

  /** A merged region, rows and columns 0-based and inclusive. */
  TableFixture merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    merges.add(new int[] {firstRow, lastRow, firstColumn, lastColumn});
    return this;
  }

  /** The rows, for building other tables. */
  List<List<String>> rows() {
    return rows;
  }

  /** Writes the table as {@code <file>.<extension>} in the format. */
  Path write(Path dir, String file, TableFormat format) throws IOException {
    Path path = dir.resolve(file + "." + format.extensions().get(0));
    switch (format) {
      case XLSX -> xlsx(path, List.of(this));
      case DOCX -> docx(path, List.of(this));
      case HTML -> Files.writeString(path, html(List.of(this)), StandardCharsets.UTF_8);
      case CSV -> Files.write(path, csv().getBytes(StandardCharsets.UTF_8));
      case MD -> Files.writeString(path, markdown(), StandardCharsets.UTF_8);
      case XLS -> xls(path, List.of(this));
    }
    return path;
  }

  /** The table as CSV text (merged cells keep their text in the first cell only). */
  String csv() {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String cell : row) {
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
        cells.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return out.toString();
  }

  /** Writes the CSV in an encoding. */
  Path csv(Path dir, String file, Charset charset) throws IOException {
    Path path = dir.resolve(file + ".csv");
    Files.write(path, csv().getBytes(charset));
    return path;
  }

  String markdown() {
    StringBuilder out = new StringBuilder();
    before.forEach(b -> out.append("## ").append(b).append("\n\n"));
    for (int r = 0; r < rows.size(); r++) {
      out.append('|');
      for (String cell : rows.get(r)) {
        out.append(' ').append(cell.replace("|", "\\|").replace("\n", "<br>")).append(" |");
      }
      out.append('\n');
      if (r == 0) {
        out.append("|").append(" --- |".repeat(rows.get(0).size())).append('\n');
      }
    }
    after.forEach(a -> out.append('\n').append(a).append('\n'));
    return out.toString();
  }

  /** Several tables as one workbook, one sheet each. */
  static void xlsx(Path path, List<TableFixture> tables) throws IOException {
    workbook(new XSSFWorkbook(), path, tables);
  }

  /** Several tables as one old binary workbook (.xls), one sheet each. */
  static void xls(Path path, List<TableFixture> tables) throws IOException {
    workbook(new org.apache.poi.hssf.usermodel.HSSFWorkbook(), path, tables);
  }

  private static void workbook(
      org.apache.poi.ss.usermodel.Workbook workbook, Path path, List<TableFixture> tables)
      throws IOException {
    try (workbook;
        OutputStream out = Files.newOutputStream(path)) {
      for (TableFixture table : tables) {
        Sheet sheet = workbook.createSheet(table.name);
        for (int r = 0; r < table.rows.size(); r++) {
          Row row = sheet.createRow(r);
          List<String> cells = table.rows.get(r);
          for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty() && !table.covered(r, c)) {
              row.createCell(c).setCellValue(cells.get(c));
            }
          }
        }
        for (int[] m : table.merges) {
          sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
        }
      }
      workbook.write(out);
    }
  }

  /** Several tables as one page, each after a heading with its name. */
  static String html(List<TableFixture> tables) {
    StringBuilder out =
        new StringBuilder("<html><head><meta charset=\"utf-8\"><title>政务公开</title>");
    out.append("</head><body><div class=\"nav\">首页 &gt; 政务公开 &gt; 标准目录</div>");
    for (TableFixture table : tables) {
      out.append("<h2>").append(table.name).append("</h2>");
      table.before.forEach(b -> out.append("<p>").append(b).append("</p>"));
      out.append("<table border=\"1\"><tbody>");
      for (int r = 0; r < table.rows.size(); r++) {
        out.append("<tr>");
        List<String> cells = table.rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          if (table.covered(r, c)) {
            continue;
          }
          int[] m = table.anchorOf(r, c);
          out.append("<td");
          if (m != null && m[1] > m[0]) {
            out.append(" rowspan=\"").append(m[1] - m[0] + 1).append('"');
          }
          if (m != null && m[3] > m[2]) {
            out.append(" colspan=\"").append(m[3] - m[2] + 1).append('"');
          }
          out.append('>')
              .append(
                  cells.get(c).replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"))
              .append("</td>");
        }
        out.append("</tr>");
      }
      out.append("</tbody></table>");
      table.after.forEach(a -> out.append("<p>").append(a).append("</p>"));
    }
    return out.append("<div class=\"footer\">版权所有:某县人民政府 网站标识码1234</div></body></html>").toString();
  }

  /** Several tables as one Word document, each after a paragraph with its name. */
  static void docx(Path path, List<TableFixture> tables) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(path)) {
      for (TableFixture table : tables) {
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle("Heading2");
        heading.createRun().setText(table.name);
        table.before.forEach(b -> document.createParagraph().createRun().setText(b));
        table.docxTable(document);
        table.after.forEach(a -> document.createParagraph().createRun().setText(a));
      }
      document.write(out);
    }
  }

  private void docxTable(XWPFDocument document) {
    int columns = rows.stream().mapToInt(List::size).max().orElse(1);
    XWPFTable table = document.createTable(rows.size(), 1);
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      List<String> cells = rows.get(r);
      int created = 0;
      for (int c = 0; c < columns; c++) {
        int[] m = anchorOrCover(r, c);
        if (m != null && c > m[2]) {
          continue;
        }
        XWPFTableCell cell =
            created < row.getTableCells().size() ? row.getCell(created) : row.addNewTableCell();
        created++;
        CTTcPr properties =
            cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (m != null && m[3] > m[2]) {
          properties.addNewGridSpan().setVal(BigInteger.valueOf(m[3] - m[2] + 1));
        }
        if (m != null && m[1] > m[0]) {
          properties.addNewVMerge().setVal(r == m[0] ? STMerge.RESTART : STMerge.CONTINUE);
        }
        String text = (m == null || r == m[0]) && c < cells.size() ? cells.get(c) : "";
        String[] lines = text.split("\n", -1);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
          cell.addParagraph().createRun().setText(lines[i]);
        }
      }
    }
  }

  /** Whether a cell lies inside a merged region other than its first cell. */
  private boolean covered(int r, int c) {
    for (int[] m : merges) {
      if (r >= m[0] && r <= m[1] && c >= m[2] && c <= m[3] && (r > m[0] || c > m[2])) {
        return true;
      }
    }
    return false;
  }

  private int[] anchorOf(int r, int c) {
    for (int[] m : merges) {
      if (m[0] == r && m[2] == c) {
        return m;
      }
    }
    return null;
  }

  private int[] anchorOrCover(int r, int c) {
    for (int[] m : merges) {
      if (r >= m[0] && r <= m[1] && c >= m[2] && c <= m[3]) {
        return m;
      }
    }
    return null;
  }
}
