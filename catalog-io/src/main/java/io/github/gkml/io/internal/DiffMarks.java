package io.github.gkml.io.internal;

import io.github.gkml.diff.CatalogDiff;
import io.github.gkml.diff.Change;
import io.github.gkml.model.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which cells of the new catalog's sheet a diff marks: the rows of added items, the removed items
 * (appended after), and in each changed item the columns of the elements that changed — for √
 * columns only those whose tick changed — with what the cell said before.
 */
final class DiffMarks {

  private final TemplateLayout layout;
  private final CellValues values;
  private final Set<Integer> added = new HashSet<>();
  private final List<Item> removed = new ArrayList<>();
  private final Map<Integer, Map<Integer, String>> changed = new HashMap<>();

  private DiffMarks(TemplateLayout layout, CellValues values) {
    this.layout = layout;
    this.values = values;
  }

  /** The marks of a diff laid out in {@code layout}. */
  static DiffMarks of(CatalogDiff diff, TemplateLayout layout, CellValues values) {
    DiffMarks marks = new DiffMarks(layout, values);
    for (Change change : diff.changes()) {
      marks.add(change, diff);
    }
    return marks;
  }

  /** No marks: a single catalog. */
  static DiffMarks none(TemplateLayout layout, CellValues values) {
    return new DiffMarks(layout, values);
  }

  boolean isAdded(int newIndex) {
    return added.contains(newIndex);
  }

  List<Item> removed() {
    return removed;
  }

  /** The old text of a changed cell, or {@code null} when the cell did not change. */
  @Nullable String was(int newIndex, int column) {
    Map<Integer, String> cells = changed.get(newIndex);
    return cells == null ? null : cells.get(column);
  }

  private void add(Change change, CatalogDiff diff) {
    if (change instanceof Change.ItemAdded a) {
      added.add(a.newIndex());
    } else if (change instanceof Change.ItemRemoved r) {
      removed.add(r.item());
    } else {
      Item older = diff.oldCatalog().items().get(change.oldIndex());
      Item newer = diff.newCatalog().items().get(change.newIndex());
      for (Field field : fields(change)) {
        columns(change.newIndex(), field, older, newer, change);
      }
    }
  }

  private List<Field> fields(Change change) {
    if (change instanceof Change.ItemRenamed) {
      return List.of(Field.PATH1, Field.PATH2, Field.PATH3);
    } else if (change instanceof Change.CodeChanged) {
      return List.of(Field.CODE);
    } else if (change instanceof Change.ContentChanged) {
      return List.of(Field.CONTENT);
    } else if (change instanceof Change.BasisChanged) {
      return List.of(Field.BASIS);
    } else if (change instanceof Change.DeadlineChanged) {
      return List.of(Field.DEADLINE);
    } else if (change instanceof Change.DisplayPeriodChanged) {
      return List.of(
          layout.indexOf(Field.DISPLAY_PERIOD) >= 0 ? Field.DISPLAY_PERIOD : Field.DEADLINE);
    } else if (change instanceof Change.SubjectsChanged) {
      return List.of(Field.SUBJECTS);
    } else if (change instanceof Change.ChannelsChanged) {
      return List.of(Field.CHANNELS);
    } else if (change instanceof Change.AudienceChanged) {
      return List.of(Field.AUDIENCE_MARK);
    } else if (change instanceof Change.ModesChanged) {
      return List.of(Field.MODE_MARK);
    }
    return List.of(Field.LEVEL_MARK);
  }

  /** Marks the columns of a field whose text differs between the two items. */
  private void columns(int newIndex, Field field, Item older, Item newer, Change change) {
    List<TemplateColumn> columns = layout.columns();
    for (int c = 0; c < columns.size(); c++) {
      TemplateColumn column = columns.get(c);
      if (column.field() != field) {
        continue;
      }
      String before = values.text(older, column);
      boolean perColumn = column.isMark() || change instanceof Change.ItemRenamed;
      if (!perColumn || !before.equals(values.text(newer, column))) {
        changed.computeIfAbsent(newIndex, k -> new HashMap<>()).put(c, before);
      }
    }
  }
}
