package io.github.gkml.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The path of a row: its 一级/二级/三级事项 (or its one 公开事项 cell, split at a slash when the header says
 * 一级/二级), with a blank 一级事项 taken from the item above when the row names a 二级事项, and a blank 二级事项
 * likewise when it names a 三级事项.
 */
final class ItemPaths {

  private static final Pattern SLASH = Pattern.compile("[/／]");

  private ItemPaths() {}

  /** The segments; empty when the row names nothing. */
  static List<String> of(Layout layout, String[] texts, @Nullable ItemDraft previous) {
    Optional<ColumnRole> single = layout.column(Field.PATH);
    if (single.isPresent()) {
      return oneColumn(single.get(), texts[single.get().column()]);
    }
    String[] segments = new String[3];
    Field[] levels = {Field.PATH1, Field.PATH2, Field.PATH3};
    for (int i = 0; i < 3; i++) {
      Optional<ColumnRole> column = layout.column(levels[i]);
      segments[i] = column.isEmpty() ? "" : CellText.name(texts[column.get().column()]);
    }
    if (previous != null
        && segments[0].isEmpty()
        && (!segments[1].isEmpty() || !segments[2].isEmpty())) {
      segments[0] = previous.path().get(0);
    }
    if (previous != null
        && segments[1].isEmpty()
        && !segments[2].isEmpty()
        && previous.path().size() > 1
        && previous.path().get(0).equals(segments[0])) {
      segments[1] = previous.path().get(1);
    }
    List<String> path = new ArrayList<>(3);
    for (String segment : segments) {
      if (!segment.isEmpty()) {
        path.add(segment);
      }
    }
    return path;
  }

  private static List<String> oneColumn(ColumnRole column, String text) {
    if (!column.splitPath()) {
      String name = CellText.name(text);
      return name.isEmpty() ? List.of() : List.of(name);
    }
    List<String> path = new ArrayList<>();
    for (String part : SLASH.splitAsStream(text).toList()) {
      String name = CellText.name(part);
      if (!name.isEmpty() && path.size() < 3) {
        path.add(name);
      }
    }
    return path;
  }
}
