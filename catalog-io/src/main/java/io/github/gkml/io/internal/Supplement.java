package io.github.gkml.io.internal;

import io.github.gkml.model.NotApplicable;
import io.github.gkml.model.RetiredItem;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a supplementary table says about the catalog beside it: metadata (目录信息), items declared not
 * applicable, retired items, and the rows that could not be read.
 *
 * @param metadata metadata values by key ({@link SupplementWords}), with where each was written
 * @param notApplicable 未涉及事项
 * @param retired 已退出事项
 * @param unreadable rows that could not be read
 */
record Supplement(
    Map<String, Value> metadata,
    List<NotApplicable> notApplicable,
    List<RetiredItem> retired,
    List<Section.Unreadable> unreadable) {

  Supplement {
    metadata = Map.copyOf(metadata);
    notApplicable = List.copyOf(notApplicable);
    retired = List.copyOf(retired);
    unreadable = List.copyOf(unreadable);
  }

  /**
   * A metadata value and its cell.
   *
   * @param text the value as written
   * @param sheet the sheet or table it is in
   * @param row the row
   * @param column the 1-based column
   */
  record Value(String text, @Nullable String sheet, int row, int column) {}
}
