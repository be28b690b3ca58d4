package io.github.gkml.io.internal;

import io.github.gkml.io.TableLimits;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads the tables of an HTML page with the text around them, in document order. Innermost tables
 * are read as tables; a table holding other tables is read as a table only if its own rows hold a
 * catalog header (a small table in a cell), else as the layout around the real one. Rowspan and
 * colspan become merged regions.
 */
public final class HtmlReader {

  private final TableLimits limits;
  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int tables;

  private HtmlReader(TableLimits limits) {
    this.limits = limits;
  }

  /**
   * The text blocks and tables of a parsed page, in order.
   *
   * @throws ReadProblem if a table goes beyond a limit
   */
  public static List<Block> read(Document page, TableLimits limits) {
    HtmlReader reader = new HtmlReader(limits);
    String title = page.title().strip();
    if (!title.isEmpty()) {
      reader.blocks.add(new Block.Text(title, Block.TextKind.PAGE_TITLE));
    }
    reader.walk(page.body());
    reader.flush(Block.TextKind.PARAGRAPH);
    return List.copyOf(reader.blocks);
  }

  private void walk(Node node) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode textNode) {
        text.append(textNode.getWholeText());
      } else if (child instanceof Element element) {
        element(element);
      }
    }
  }

  private void element(Element element) {
    String tag = element.normalName();
    if (HtmlText.SKIPPED.contains(tag)) {
      return;
    }
    if (tag.equals("table")) {
      Grid table =
          element.getElementsByTag("table").size() == 1
              ? grid(element, "表" + (tables + 1))
              : catalogAround(element);
      if (table != null) {
        flush(Block.TextKind.PARAGRAPH);
        tables++;
        blocks.add(new Block.Table(table));
        return;
      }
    }
    if (tag.matches("h[1-6]")) {
      flush(Block.TextKind.PARAGRAPH);
      walk(element);
      flush(Block.TextKind.HEADING);
      return;
    }
    if (tag.equals("br")) {
      text.append('\n');
      return;
    }
    boolean block = HtmlText.BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th");
    if (block) {
      flush(Block.TextKind.PARAGRAPH);
    }
    walk(element);
    if (block) {
      flush(Block.TextKind.PARAGRAPH);
    }
  }

  private void flush(Block.TextKind kind) {
    String lines = HtmlText.lines(text);
    text.setLength(0);
    if (!lines.isEmpty()) {
      blocks.add(new Block.Text(lines, kind));
    }
  }

  /** A table holding tables, if its own rows hold a catalog header; else null (a layout). */
  private @Nullable Grid catalogAround(Element table) {
    try {
      Grid grid = grid(table, "表" + (tables + 1));
      return HeaderFinder.find(grid, 0).isPresent() ? grid : null;
    } catch (ReadProblem e) {
      // A layout table's cells hold whole pages; beyond a limit it is no catalog.
      return null;
    }
  }

  private Grid grid(Element table, String name) {
    GridBuilder grid = new GridBuilder(name, limits);
    List<Element> rows = table.select("tr").stream().filter(tr -> ownTable(tr) == table).toList();
    Map<Integer, BitSet> taken = new HashMap<>();
    for (int r = 1; r <= rows.size(); r++) {
      BitSet used = taken.computeIfAbsent(r, k -> new BitSet());
      int column = 0;
      for (Element cell : rows.get(r - 1).children()) {
        if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
          continue;
        }
        column = used.nextClearBit(column);
        int rowspan = span(cell.attr("rowspan"), rows.size() - r + 1);
        int colspan = span(cell.attr("colspan"), limits.maxColumns());
        grid.cell(r, column, HtmlText.of(cell));
        grid.merge(r, r + rowspan - 1, column, column + colspan - 1);
        for (int below = r; below < r + rowspan; below++) {
          taken.computeIfAbsent(below, k -> new BitSet()).set(column, column + colspan);
        }
        column += colspan;
      }
      taken.remove(r);
    }
    return grid.build();
  }

  private static @Nullable Element ownTable(Element row) {
    for (Element parent = row.parent(); parent != null; parent = parent.parent()) {
      if (parent.normalName().equals("table")) {
        return parent;
      }
    }
    return null;
  }

  /** A span attribute, at least 1 and at most {@code max}; 0 means "to the end". */
  private static int span(String value, int max) {
    String digits = value.strip();
    if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 6) {
      return 1;
    }
    int n = Integer.parseInt(digits);
    return n == 0 ? max : Math.max(1, Math.min(n, max));
  }
}
