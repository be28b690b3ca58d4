package io.github.gkml.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the Markdown gkml exports into the CSV a county would save from the same table: each pipe
 * row a record, {@code <br>} a line break inside the cell, {@code \|} a bar; headings and
 * paragraphs one-cell records. gkml writes no CSV, so this is how CSV joins the round trips.
 */
final class MarkdownToCsv {

  private MarkdownToCsv() {}

  static byte[] convert(byte[] markdown) {
    StringBuilder csv = new StringBuilder();
    for (String line : new String(markdown, StandardCharsets.UTF_8).split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.matches("\\|?[\\s:|-]+\\|?") && stripped.contains("---")) {
        continue;
      }
      List<String> cells =
          stripped.startsWith("|")
              ? cells(stripped)
              : List.of(stripped.replaceFirst("^#+\\s*", ""));
      for (int c = 0; c < cells.size(); c++) {
        if (c > 0) {
          csv.append(',');
        }
        csv.append('"').append(cells.get(c).replace("\"", "\"\"")).append('"');
      }
      csv.append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\'
          && i + 1 < row.length()
          && (row.charAt(i + 1) == '|' || row.charAt(i + 1) == '\\')) {
        cell.append(row.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString().strip().replaceAll("(?i)<br\\s*/?>", "\n"));
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }
}
