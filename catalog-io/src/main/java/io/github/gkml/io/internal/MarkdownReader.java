package io.github.gkml.io.internal;

import io.github.gkml.io.TableLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown: pipe tables as tables (row numbers are the file's line numbers), {@code #}
 * headings and paragraphs as text. In cells and paragraphs {@code <br>} is a line break, {@code
 * \<br>} the text {@code <br>}, and {@code \|} a literal bar.
 */
public final class MarkdownReader {

  private static final Pattern SEPARATOR_ROW =
      Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

  /** A line break, or ({@code \<br>}) the text {@code <br>}. */
  private static final Pattern BREAK = Pattern.compile("\\\\?<br\\s*/?>", Pattern.CASE_INSENSITIVE);

  private final TableLimits limits;
  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();
  private GridBuilder table;
  private int tables;

  private MarkdownReader(TableLimits limits) {
    this.limits = limits;
    this.table = new GridBuilder(null, limits);
  }

  /**
   * The headings, paragraphs and tables of a Markdown text, in order.
   *
   * @throws ReadProblem if a table goes beyond a limit
   */
  public static List<Block> read(String text, TableLimits limits) {
    MarkdownReader reader = new MarkdownReader(limits);
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      reader.line(lines[i], i + 1);
    }
    reader.endTable();
    reader.endParagraph();
    return List.copyOf(reader.blocks);
  }

  private void line(String raw, int number) {
    String line = raw.strip();
    if (line.startsWith("|")) {
      endParagraph();
      if (!SEPARATOR_ROW.matcher(line).matches()) {
        List<String> cells = cells(line);
        for (int c = 0; c < cells.size(); c++) {
          table.cell(number, c, cells.get(c));
        }
      }
      return;
    }
    endTable();
    if (line.isEmpty()) {
      endParagraph();
    } else if (line.startsWith("#")) {
      endParagraph();
      blocks.add(new Block.Text(breaks(line.replaceFirst("^#+\\s*", "")), Block.TextKind.HEADING));
    } else {
      if (paragraph.length() > 0) {
        paragraph.append('\n');
      }
      paragraph.append(line.startsWith("\\#") || line.startsWith("\\|") ? line.substring(1) : line);
    }
  }

  private void endParagraph() {
    if (paragraph.length() > 0) {
      blocks.add(new Block.Text(breaks(paragraph.toString()), Block.TextKind.PARAGRAPH));
      paragraph.setLength(0);
    }
  }

  private void endTable() {
    if (table.rowCount() > 0) {
      tables++;
      Grid grid = table.build();
      blocks.add(
          new Block.Table(new Grid("表" + tables, grid.rows(), grid.columns(), grid.mergeWidths())));
      table = new GridBuilder(null, limits);
    }
  }

  /** The cells of a table row, without the outer bars; {@code \|} is a bar inside a cell. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int start = line.startsWith("|") ? 1 : 0;
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\'
          && i + 1 < line.length()
          && (line.charAt(i + 1) == '|' || line.charAt(i + 1) == '\\')) {
        cell.append(line.charAt(++i));
      } else if (c == '|') {
        cells.add(breaks(cell.toString().strip()));
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    String last = cell.toString().strip();
    if (!last.isEmpty()) {
      cells.add(breaks(last));
    }
    return cells;
  }

  private static String breaks(String text) {
    return BREAK
        .matcher(text)
        .replaceAll(
            m ->
                m.group().startsWith("\\")
                    ? Matcher.quoteReplacement(m.group().substring(1))
                    : "\n");
  }
}
