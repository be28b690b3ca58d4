package io.github.gkml.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Writes the {@code gen:} cases of the bad-input corpus ({@code corpus/manifest.tsv}): files too
 * large, binary or hostile to commit. Each is made the same way every time (fixed seeds).
 */
final class BadInputFiles {

  /** The header of a catalog table, the one every generated table uses. */
  static final String[] HEADER = {"序号", "一级事项", "二级事项", "公开内容", "公开时限", "公开主体"};

  static final String[] ROW = {"1", "最低生活保障", "办事指南", "办理事项", "20个工作日内", "县民政局"};

  private static final Charset GBK = Charset.forName("GBK");

  private BadInputFiles() {}

  /** Writes the case {@code name} (without {@code gen:}) into {@code dir}. */
  static Path write(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    if (name.startsWith("garbage.")) {
      Files.write(file, garbage());
      return file;
    }
    if (name.startsWith("empty.")) {
      Files.write(file, new byte[0]);
      return file;
    }
    switch (name) {
      case "huge-string.json" ->
          Files.writeString(file, catalogJson("\"" + "长".repeat((1 << 20) + 1) + "\""));
      case "deeply-nested.json" ->
          Files.writeString(
              file,
              "{\"format\": \"gkml-catalog/1\", \"domain\": \"社会救助\", \"title\": \"目录\","
                  + " \"items\": "
                  + "[".repeat(100_000)
                  + "]".repeat(100_000)
                  + "}");
      case "huge-string.yaml" ->
          Files.writeString(file, catalogYaml("\"" + "长".repeat((1 << 20) + 1) + "\""));
      case "deeply-nested.yaml" ->
          Files.writeString(
              file,
              "format: gkml-catalog/1\ndomain: 社会救助\ntitle: 目录\nitems: "
                  + "[".repeat(100_000)
                  + "]".repeat(100_000)
                  + "\n");
      case "mixed-encodings.csv" -> Files.write(file, mixedEncodings(csv(HEADER), csv(ROW)));
      case "huge-cell.csv" ->
          Files.writeString(file, csv(HEADER) + "1,最低生活保障,办事指南," + "长".repeat(40_000) + ",,\n");
      case "too-many-rows.csv" -> writeRows(file, 200_001);
      case "too-many-columns.csv" ->
          Files.writeString(file, csv(HEADER) + "1" + ",x".repeat(300) + "\n");
      case "deeply-nested.html" ->
          Files.writeString(
              file,
              "<html><body>"
                  + "<div>".repeat(20_000)
                  + "text"
                  + "</div>".repeat(20_000)
                  + "</body></html>");
      case "rowspan-bomb.html" ->
          Files.writeString(
              file,
              "<html><body><table><tr>"
                  + th(HEADER)
                  + "</tr><tr>"
                  + "<td rowspan=\"999999\" colspan=\"1000\">1</td>".repeat(1000)
                  + "</tr></table></body></html>");
      case "mixed-encodings.html" ->
          Files.write(
              file,
              mixedEncodings(
                  "<html><body><table><tr>" + th(HEADER) + "</tr>\n",
                  "<tr>" + td(ROW) + "</tr></table></body></html>\n"));
      case "zip-bomb.xlsx" ->
          rewrite(
              workbook(file),
              "xl/worksheets/sheet1.xml",
              xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(20 << 20)));
      case "zip-bomb.docx" ->
          rewrite(
              document(file),
              "word/document.xml",
              xml -> xml.replace("<w:body>", "<w:body>" + " ".repeat(20 << 20)));
      case "external-entity.xlsx" ->
          rewrite(
              workbook(file),
              "xl/worksheets/sheet1.xml",
              xml -> withEntity(xml, "<worksheet", dir));
      case "external-entity.docx" ->
          rewrite(document(file), "word/document.xml", xml -> withEntity(xml, "<w:document", dir));
      case "million-empty-rows.xlsx" ->
          rewrite(
              workbook(file),
              "xl/worksheets/sheet1.xml",
              xml -> xml.replace("</sheetData>", emptyRows(3, 1_000_000) + "</sheetData>"));
      case "merge-bomb.xlsx" ->
          rewrite(
              workbook(file),
              "xl/worksheets/sheet1.xml",
              xml ->
                  xml.replace(
                      "</sheetData>",
                      "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"B2:XFD1048576\"/>"
                          + "</mergeCells>"));
      case "html-named.xlsx" ->
          Files.writeString(
              file,
              "<html><body><table><tr>" + th(HEADER) + "</tr><tr>" + td(ROW) + "</tr></table>");
      default -> throw new IllegalArgumentException("no generated corpus case " + name);
    }
    return file;
  }

  /** Random bytes with a NUL among them (seed 42): no format's reader may take them. */
  static byte[] garbage() {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    bytes[100] = 0;
    return bytes;
  }

  private static String catalogJson(String title) {
    return "{\"format\": \"gkml-catalog/1\", \"domain\": \"社会救助\", \"title\": " + title + "}";
  }

  private static String catalogYaml(String title) {
    return "format: gkml-catalog/1\ndomain: 社会救助\ntitle: " + title + "\n";
  }

  private static String csv(String... cells) {
    return String.join(",", cells) + "\n";
  }

  private static String th(String... cells) {
    return "<th>" + String.join("</th><th>", cells) + "</th>";
  }

  private static String td(String... cells) {
    return "<td>" + String.join("</td><td>", cells) + "</td>";
  }

  /** The first part in UTF-8, the second in GBK: what a file edited by two programs holds. */
  private static byte[] mixedEncodings(String utf8, String gbk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(gbk.getBytes(GBK));
    return out.toByteArray();
  }

  private static void writeRows(Path file, int rows) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(csv(HEADER));
      for (int i = 1; i <= rows; i++) {
        out.write(i + ",事项" + i + ",办事指南,办理事项,20个工作日内,县民政局\n");
      }
    }
  }

  private static String emptyRows(int from, int to) {
    StringBuilder rows = new StringBuilder();
    for (int r = from; r <= to; r++) {
      rows.append("<row r=\"").append(r).append("\"/>");
    }
    return rows.toString();
  }

  private static String withEntity(String xml, String root, Path dir) {
    Path secret = dir.resolve("secret.txt");
    try {
      Files.writeString(secret, "TOP-SECRET-VALUE");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String element = root.substring(1);
    return xml.replaceFirst(
            root,
            "<!DOCTYPE " + element + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>" + root)
        .replace("最低生活保障", "&xxe;");
  }

  /**
   * A one-row catalog workbook with its strings inline in the sheet, so rewrites can reach them.
   */
  private static Path workbook(Path file) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = workbook.createSheet("社会救助");
      String[][] rows = {HEADER, ROW};
      for (int r = 0; r < rows.length; r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      workbook.write(out);
    }
    return file;
  }

  private static Path document(Path file) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      document.createParagraph().createRun().setText("社会救助领域基层政务公开标准目录");
      XWPFTable table = document.createTable(2, HEADER.length);
      String[][] rows = {HEADER, ROW};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          table.getRow(r).getCell(c).setText(rows[r][c]);
        }
      }
      document.write(out);
    }
    return file;
  }

  /** Rewrites one part of an Office package in place. */
  private static void rewrite(Path file, String part, UnaryOperator<String> change)
      throws IOException {
    byte[] source = Files.readAllBytes(file);
    boolean found = false;
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(source));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals(part)) {
          String before = new String(bytes, StandardCharsets.UTF_8);
          String after = change.apply(before);
          if (after.equals(before)) {
            throw new IllegalStateException(part + " unchanged: the rewrite found nothing");
          }
          bytes = after.getBytes(StandardCharsets.UTF_8);
          found = true;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    if (!found) {
      throw new IllegalStateException(file + " has no part " + part);
    }
  }
}
