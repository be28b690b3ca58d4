package io.github.gkml.io.internal;

import io.github.gkml.model.ItemPath;
import io.github.gkml.model.NotApplicable;
import io.github.gkml.model.RetiredItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Recognises and reads the supplementary tables the exporters write beside a catalog (and that a
 * person may write too): a key–value table of metadata whose first column holds at least two
 * metadata keys (领域, 目录名称, 发布机关 …), a 未涉及事项说明 table (header with 未涉及原因) and an 已退出事项 table (header
 * with 退出原因).
 */
final class SupplementReader {

  private SupplementReader() {}

  /** The 未涉及事项 or 已退出事项 a grid lists, if it is such a table (looked for before catalogs). */
  static Optional<Supplement> lists(Grid grid) {
    List<GridRow> rows = grid.rows();
    for (int i = 0; i < Math.min(rows.size(), 5); i++) {
      Map<String, Integer> header = header(rows.get(i));
      if (header.containsKey(SupplementWords.NA_REASON)) {
        return Optional.of(notApplicable(rows, i, header));
      }
      if (header.containsKey(SupplementWords.RETIRED_REASON)) {
        return Optional.of(retired(rows, i, header));
      }
    }
    return Optional.empty();
  }

  /** The metadata a key–value grid holds, if it is one (looked for after catalogs). */
  static Optional<Supplement> metadata(Grid grid) {
    return metadata(grid.sheet(), grid.rows());
  }

  private static Map<String, Integer> header(GridRow row) {
    Map<String, Integer> columns = new HashMap<>();
    for (int c = 0; c < row.width(); c++) {
      String key = HeaderWords.key(row.text(c));
      if (!key.isEmpty()) {
        columns.putIfAbsent(key, c);
      }
    }
    return columns;
  }

  private static Optional<Supplement> metadata(@Nullable String sheet, List<GridRow> rows) {
    Map<String, Supplement.Value> values = new HashMap<>();
    for (GridRow row : rows) {
      for (int c = 0; c + 1 < row.width(); c++) {
        String key = SupplementWords.METADATA_KEYS.get(HeaderWords.key(row.text(c)));
        if (key != null && row.isOwn(c)) {
          values.putIfAbsent(
              key, new Supplement.Value(row.text(c + 1).strip(), sheet, row.number(), c + 2));
          c++;
        }
      }
    }
    if (values.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new Supplement(values, List.of(), List.of(), List.of()));
  }

  private static Supplement notApplicable(
      List<GridRow> rows, int headerRow, Map<String, Integer> header) {
    List<NotApplicable> entries = new ArrayList<>();
    List<Section.Unreadable> unreadable = new ArrayList<>();
    for (GridRow row : rows.subList(headerRow + 1, rows.size())) {
      ItemPath path = path(row, header, "");
      String reason = text(row, header, SupplementWords.NA_REASON);
      if (path == null || reason.isEmpty()) {
        unreadable.add(
            new Section.Unreadable(row.number(), 1, "notApplicable", TableReader.rowText(row)));
        continue;
      }
      String basis = text(row, header, SupplementWords.NA_BASIS);
      entries.add(new NotApplicable(path, reason, basis.isEmpty() ? null : basis));
    }
    return new Supplement(Map.of(), entries, List.of(), unreadable);
  }

  private static Supplement retired(
      List<GridRow> rows, int headerRow, Map<String, Integer> header) {
    List<RetiredItem> entries = new ArrayList<>();
    List<Section.Unreadable> unreadable = new ArrayList<>();
    for (GridRow row : rows.subList(headerRow + 1, rows.size())) {
      ItemPath path = path(row, header, "");
      String reason = text(row, header, SupplementWords.RETIRED_REASON);
      String since = text(row, header, SupplementWords.SINCE);
      Optional<LocalDate> date = Dates.parse(since);
      if (path == null || reason.isEmpty() || (!since.isEmpty() && date.isEmpty())) {
        unreadable.add(
            new Section.Unreadable(row.number(), 1, "retired", TableReader.rowText(row)));
        continue;
      }
      String approvedBy = text(row, header, SupplementWords.APPROVED_BY);
      entries.add(
          new RetiredItem(
              path,
              date.orElse(null),
              reason,
              approvedBy.isEmpty() ? null : approvedBy,
              path(row, header, "替代")));
    }
    return new Supplement(Map.of(), List.of(), entries, unreadable);
  }

  private static @Nullable ItemPath path(GridRow row, Map<String, Integer> header, String prefix) {
    List<String> segments = new ArrayList<>();
    for (String level :
        List.of(SupplementWords.PATH1, SupplementWords.PATH2, SupplementWords.PATH3)) {
      String segment = CellText.name(text(row, header, prefix + level));
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments.isEmpty() ? null : new ItemPath(segments);
  }

  private static String text(GridRow row, Map<String, Integer> header, String key) {
    Integer column = header.get(key);
    return column == null ? "" : row.text(column).strip();
  }
}
