package io.github.gkml.io.internal;

import io.github.gkml.model.Audience;
import io.github.gkml.model.Mode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 表头 — the header of a catalog table: where it is and what each column holds. Built from one to
 * three header rows; a column's meaning is its lowest header that means something (特定群体 under
 * 公开对象), else its header words read together (一级 over 事项), else its group.
 *
 * @param firstRow the index in the grid's rows of the first header row
 * @param rowCount how many header rows
 * @param columns each column's role
 */
record Layout(int firstRow, int rowCount, List<ColumnRole> columns) {

  Layout {
    columns = List.copyOf(columns);
  }

  /** The index of the first row after the header. */
  int dataStart() {
    return firstRow + rowCount;
  }

  /** The column of a single field, if the table has one. */
  Optional<ColumnRole> column(Field field) {
    for (ColumnRole column : columns) {
      if (column.field() == field) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** Whether the table names its items: it has a path column. */
  boolean hasName() {
    return columns.stream().anyMatch(c -> c.field().isPath());
  }

  /** The 1-based column of the item's name, for source locations. */
  int nameColumn() {
    for (ColumnRole column : columns) {
      if (column.field().isPath()) {
        return column.column() + 1;
      }
    }
    return 1;
  }

  /** The fields of the columns, in order: two headers with the same fields are the same header. */
  List<Field> fields() {
    return columns.stream().map(ColumnRole::field).toList();
  }

  /** Reads the header that starts at a row. */
  static Layout of(Grid grid, int firstRow, int rowCount) {
    List<ColumnRole> roles = new ArrayList<>();
    for (int c = 0; c < grid.columns(); c++) {
      roles.add(role(grid, firstRow, rowCount, c));
    }
    return new Layout(firstRow, rowCount, resolve(grid, firstRow + rowCount - 1, roles));
  }

  private static ColumnRole role(Grid grid, int firstRow, int rowCount, int column) {
    List<String> parts = new ArrayList<>();
    for (int r = firstRow; r < firstRow + rowCount; r++) {
      String text = grid.rows().get(r).text(column);
      if (!text.isBlank() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(text))) {
        parts.add(text);
      }
    }
    String key = key(parts);
    if (parts.isEmpty()) {
      return ColumnRole.extension(column, "第" + (column + 1) + "列");
    }
    boolean split = String.join("", parts).contains("一级") && String.join("", parts).contains("二级");
    String last = parts.get(parts.size() - 1);
    Optional<HeaderMatch> lastMatch = HeaderWords.match(last);
    if (lastMatch.isPresent() && !lastMatch.get().field().isGroup()) {
      return ColumnRole.of(column, lastMatch.get(), key, split);
    }
    if (parts.size() > 1) {
      Optional<HeaderMatch> together = HeaderWords.match(String.join("", parts));
      if (together.isPresent()) {
        return ColumnRole.of(column, together.get(), key, split);
      }
    }
    if (lastMatch.isPresent()) {
      return ColumnRole.of(column, lastMatch.get(), key, split);
    }
    return ColumnRole.extension(column, key);
  }

  /** The header as written: its distinct parts, lines joined, separated by a slash. */
  private static String key(List<String> parts) {
    List<String> names = new ArrayList<>();
    for (String part : parts) {
      String name = CellText.name(part);
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return String.join("/", names);
  }

  private static List<ColumnRole> resolve(Grid grid, int lastHeaderRow, List<ColumnRole> roles) {
    List<ColumnRole> result = new ArrayList<>(roles);
    pathGroups(result);
    markPairs(grid, lastHeaderRow, result);
    Map<Field, ColumnRole> best = new EnumMap<>(Field.class);
    for (ColumnRole role : result) {
      ColumnRole current = best.get(role.field());
      if (role.field().isSingle() && (current == null || role.rank() < current.rank())) {
        best.put(role.field(), role);
      }
    }
    boolean levelled = best.containsKey(Field.PATH1) || best.containsKey(Field.PATH2);
    Set<Field> marked = new HashSet<>();
    result.forEach(r -> marked.add(r.field()));
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < result.size(); i++) {
      ColumnRole role = result.get(i);
      ColumnRole winner = best.get(role.field());
      boolean loser = winner != null && winner.column() != role.column();
      if (loser || (levelled && role.field() == Field.PATH) || shadowed(role.field(), marked)) {
        role = role.asExtension();
      }
      if (role.field() == Field.EXTENSION && !keys.add(role.key())) {
        role = ColumnRole.extension(role.column(), role.key() + "(第" + (role.column() + 1) + "列)");
      }
      result.set(i, role);
    }
    return result;
  }

  /**
   * A text column of a field the table also ticks in √ columns (公开范围 beside 全社会 | 特定群体) is another
   * column of the table's own, kept as an extension.
   */
  private static boolean shadowed(Field field, Set<Field> present) {
    return (field == Field.AUDIENCE && present.contains(Field.AUDIENCE_MARK))
        || (field == Field.MODES && present.contains(Field.MODE_MARK))
        || (field == Field.LEVELS && present.contains(Field.LEVEL_MARK));
  }

  /** 公开事项 spanning two or three columns without sub-headers: 一级, 二级, 三级 in order. */
  private static void pathGroups(List<ColumnRole> roles) {
    if (roles.stream().anyMatch(r -> r.field() == Field.PATH1)) {
      return;
    }
    Field[] order = {Field.PATH1, Field.PATH2, Field.PATH3};
    int run = 0;
    for (int i = 0; i < roles.size(); i++) {
      boolean path = roles.get(i).field() == Field.PATH;
      boolean next = i + 1 < roles.size() && roles.get(i + 1).field() == Field.PATH;
      if (path && (run > 0 || next) && run < order.length) {
        roles.set(i, roles.get(i).withField(order[run++]));
      } else {
        run = 0;
      }
    }
  }

  /** 公开对象 or 公开方式 merged over two columns without sub-headers: the template's two, in order. */
  private static void markPairs(Grid grid, int lastHeaderRow, List<ColumnRole> roles) {
    GridRow header = grid.rows().get(lastHeaderRow);
    for (int i = 0; i + 1 < roles.size(); i++) {
      Field field = roles.get(i).field();
      boolean pair =
          (field == Field.AUDIENCE || field == Field.MODES)
              && roles.get(i + 1).field() == field
              && header.isRightOfMerge(i + 1)
              && (i + 2 >= roles.size() || !header.isRightOfMerge(i + 2));
      if (pair) {
        roles.set(i, roles.get(i).withMark(audience(field, 0), mode(field, 0)));
        roles.set(i + 1, roles.get(i + 1).withMark(audience(field, 1), mode(field, 1)));
      }
    }
  }

  private static @Nullable Audience audience(Field field, int index) {
    Audience[] order = {Audience.PUBLIC, Audience.SPECIFIC_GROUP};
    return field == Field.AUDIENCE ? order[index] : null;
  }

  private static @Nullable Mode mode(Field field, int index) {
    Mode[] order = {Mode.PROACTIVE, Mode.ON_REQUEST};
    return field == Field.MODES ? order[index] : null;
  }
}
