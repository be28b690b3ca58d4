package io.github.gkml.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the catalog tables of one grid: the title rows above the header, the items below it, the
 * notes and signatures under the table, and a second table further down the same sheet.
 *
 * <p>A row starts an item when it has a code or a name of its own; the 一级事项 of a row that names
 * only its 二级事项 is the one above (merged or left blank), 同上 and 同前 are the cell above, a merged
 * cell's text belongs to every row it spans. A row with cells but no name continues the item above
 * (its text is added to each cell); without an item above it cannot be read and is reported.
 */
final class TableReader {

  private static final Set<String> DITTO = Set.of("同上", "同前", "同上一行", "同上述", "同左", "〃");
  private static final Pattern NOTE_START =
      Pattern.compile(
          "^(注|说明|备注[:：]|填表说明|填报说明|附[:：件]|※|\\*|以上|本目录|本表|制表|填表|填报|审核|签发|负责人|联系人|联系电话|日期|盖章|单位[(（]|签字).*",
          Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile(".*(目录|清单|领域).*", Pattern.DOTALL);

  private final Grid grid;
  private final List<Section> sections = new ArrayList<>();

  private TableReader(Grid grid) {
    this.grid = grid;
  }

  /** The catalog tables of a grid; empty if it has no catalog header. */
  static List<Section> read(Grid grid) {
    Optional<Layout> first = HeaderFinder.find(grid, 0);
    if (first.isEmpty()) {
      return List.of();
    }
    TableReader reader = new TableReader(grid);
    List<String> above = new ArrayList<>();
    for (int i = 0; i < first.get().firstRow(); i++) {
      String text = rowText(grid.rows().get(i));
      if (!text.isEmpty()) {
        above.add(text);
      }
    }
    reader.run(first.get(), above);
    return List.copyOf(reader.sections);
  }

  private void run(Layout start, List<String> above) {
    Builder current = new Builder(start, above);
    List<GridRow> rows = grid.rows();
    int i = start.dataStart();
    while (i < rows.size()) {
      GridRow row = rows.get(i);
      if (row.isBlank()) {
        i++;
        continue;
      }
      if (!current.inNotes && repeatsHeader(row, current.layout)) {
        i++;
        continue;
      }
      Optional<Layout> header =
          current.inNotes && HeaderFinder.isHeaderRow(row) ? headerAt(i) : Optional.empty();
      if (header.isPresent()) {
        Layout next = header.get();
        if (!current.inNotes && next.fields().equals(current.layout.fields())) {
          i = next.dataStart();
          continue;
        }
        List<String> moved = current.takeTitle();
        sections.add(current.build(grid.sheet()));
        current = new Builder(next, moved);
        i = next.dataStart();
        continue;
      }
      if (current.inNotes) {
        current.notes.add(rowText(row));
      } else if (isTitleOfNextTable(i)) {
        current.notes.add(rowText(row));
        current.inNotes = true;
      } else if (isNote(row, current.layout)) {
        current.notes.add(rowText(row));
        current.inNotes = !itemFollows(i, current.layout);
      } else {
        current.row(row);
      }
      i++;
    }
    sections.add(current.build(grid.sheet()));
  }

  /** 同上, 同前, 〃: the cell above (checked cheaply first: most cells are long). */
  private static boolean isDitto(String text) {
    return text.length() <= 12
        && (text.indexOf('同') >= 0 || text.indexOf('〃') >= 0)
        && DITTO.contains(HeaderWords.key(text));
  }

  /** Whether a row repeats a row of the header (a page break in the source repeats it). */
  private boolean repeatsHeader(GridRow row, Layout layout) {
    for (int h = layout.firstRow(); h < layout.dataStart(); h++) {
      GridRow header = grid.rows().get(h);
      boolean same = true;
      int own = 0;
      for (int c = 0; same && c < grid.columns(); c++) {
        if (row.isOwn(c)) {
          own++;
          same = row.text(c).equals(header.text(c));
        }
      }
      if (same && own >= 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether a row is one title-like cell (…领域基层政务公开标准目录) with a header right below it. */
  private boolean isTitleOfNextTable(int index) {
    GridRow row = grid.rows().get(index);
    int own = 0;
    for (int c = 0; c < row.width(); c++) {
      own += row.isOwn(c) ? 1 : 0;
    }
    if (own != 1 || !Titles.looksLikeTitle(rowText(row))) {
      return false;
    }
    for (int i = index + 1; i < Math.min(grid.rows().size(), index + 3); i++) {
      if (HeaderFinder.isHeaderRow(grid.rows().get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the next few rows names an item: the row above was a group label, not a note.
   */
  private boolean itemFollows(int index, Layout layout) {
    List<GridRow> rows = grid.rows();
    int seen = 0;
    for (int i = index + 1; i < rows.size() && seen < 3; i++) {
      GridRow row = rows.get(i);
      if (row.isBlank()) {
        continue;
      }
      seen++;
      boolean named =
          layout.columns().stream().anyMatch(r -> r.field().isPath() && row.isOwn(r.column()));
      if (named && !isNote(row, layout)) {
        return true;
      }
    }
    return false;
  }

  private Optional<Layout> headerAt(int index) {
    return HeaderFinder.find(grid, index).filter(l -> l.firstRow() == index);
  }

  /**
   * Whether a row below the table is a note: one cell of its own that spans most of the width or
   * starts like a note (注:, 说明, 填表人 …), or a few cells that all start like notes (a signature
   * line).
   */
  private boolean isNote(GridRow row, Layout layout) {
    List<Integer> own = new ArrayList<>();
    for (int c = 0; c < row.width(); c++) {
      if (row.isOwn(c)) {
        own.add(c);
      }
    }
    if (own.isEmpty()) {
      return false;
    }
    if (own.size() == 1) {
      int c = own.get(0);
      int width = grid.mergeWidth(row.number(), c);
      if (width >= Math.max(3, (grid.columns() + 1) / 2)) {
        return true;
      }
      String text = row.text(c).strip();
      boolean nameColumn = layout.columns().get(c).field().isPath();
      boolean codeColumn = layout.columns().get(c).field() == Field.CODE;
      return NOTE_START.matcher(text).matches()
          && (!nameColumn || text.length() > 20)
          && (!codeColumn || text.length() > 12);
    }
    return own.size() <= 4
        && own.stream().allMatch(c -> NOTE_START.matcher(row.text(c).strip()).matches());
  }

  /** A row's own texts, joined by two spaces. */
  static String rowText(GridRow row) {
    StringBuilder out = new StringBuilder();
    for (int c = 0; c < row.width(); c++) {
      if (row.isOwn(c) || (!row.text(c).isEmpty() && !row.isRightOfMerge(c))) {
        if (out.length() > 0) {
          out.append("  ");
        }
        out.append(row.text(c).strip());
      }
    }
    return out.toString();
  }

  /** Collects one section. */
  private final class Builder {
    private final Layout layout;
    private final @Nullable String title;
    private final List<String> notes = new ArrayList<>();
    private final List<ItemDraft> drafts = new ArrayList<>();
    private final List<Section.Unreadable> unreadable = new ArrayList<>();
    private final int codeColumn;
    private final int[] pathColumns;
    private @Nullable ItemDraft current;
    private boolean inNotes;

    Builder(Layout layout, List<String> above) {
      this.layout = layout;
      this.codeColumn = layout.column(Field.CODE).map(ColumnRole::column).orElse(-1);
      this.pathColumns =
          layout.columns().stream()
              .filter(r -> r.field().isPath())
              .mapToInt(ColumnRole::column)
              .toArray();
      String found = null;
      for (String text : above) {
        if (found == null && TITLE.matcher(text).matches() && text.length() <= 120) {
          found = text;
        } else {
          notes.add(text);
        }
      }
      if (found == null && above.size() == 1 && above.get(0).length() <= 120) {
        found = above.get(0);
        notes.clear();
      }
      this.title = found;
    }

    /** The notes after the table up to a title-like one, which is the next table's title. */
    List<String> takeTitle() {
      for (int i = notes.size() - 1; i >= 0; i--) {
        if (TITLE.matcher(notes.get(i)).matches()) {
          List<String> moved = new ArrayList<>(notes.subList(i, notes.size()));
          notes.subList(i, notes.size()).clear();
          return moved;
        }
      }
      return List.of();
    }

    void row(GridRow row) {
      String[] texts = texts(row);
      ItemDraft previous = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
      ditto(row, texts, previous);
      String ownCode = codeColumn >= 0 && row.isOwn(codeColumn) ? texts[codeColumn] : "";
      boolean named = false;
      for (int c : pathColumns) {
        named |= row.isOwn(c);
      }
      if (named || !ownCode.isBlank()) {
        start(row, texts, ownCode, previous);
      } else if (current != null) {
        for (int c = 0; c < texts.length; c++) {
          if (row.isOwn(c)) {
            current.append(c, texts[c]);
          }
        }
      } else {
        unreadable.add(
            new Section.Unreadable(
                row.number(),
                layout.nameColumn(),
                drafts.isEmpty() ? "noName" : "afterUnreadable",
                rowText(row)));
      }
    }

    private void start(GridRow row, String[] texts, String code, @Nullable ItemDraft previous) {
      List<String> path = ItemPaths.of(layout, texts, previous);
      if (path.isEmpty()) {
        unreadable.add(
            new Section.Unreadable(row.number(), layout.nameColumn(), "noName", rowText(row)));
        current = null;
        return;
      }
      current = new ItemDraft(row.number(), Codes.normalise(code), path, texts);
      drafts.add(current);
    }

    /** The row's texts by column: own and merged from above; copies of a cell to its right drop. */
    private String[] texts(GridRow row) {
      String[] texts = new String[grid.columns()];
      for (int c = 0; c < texts.length; c++) {
        texts[c] = row.isRightOfMerge(c) ? "" : row.text(c);
      }
      return texts;
    }

    private void ditto(GridRow row, String[] texts, @Nullable ItemDraft previous) {
      if (previous == null) {
        return;
      }
      for (int c = 0; c < texts.length; c++) {
        if (row.isOwn(c) && isDitto(texts[c])) {
          texts[c] = previous.text(c);
        }
      }
    }

    Section build(@Nullable String sheet) {
      return new Section(sheet, layout, title, drafts, notes, unreadable);
    }
  }
}
