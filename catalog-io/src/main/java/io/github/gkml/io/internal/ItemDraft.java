package io.github.gkml.io.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item as read so far: where its row is, its code and path, and the text of each column —
 * continued by rows that carry on its cells (a content list broken over two rows).
 */
final class ItemDraft {

  private final int row;
  private final @Nullable String code;
  private final List<String> path;
  private final String[] texts;

  ItemDraft(int row, @Nullable String code, List<String> path, String[] texts) {
    this.row = row;
    this.code = code;
    this.path = List.copyOf(path);
    this.texts = texts.clone();
  }

  /** The row the item starts on, as the source shows it. */
  int row() {
    return row;
  }

  /** The item code, or {@code null}. */
  @Nullable String code() {
    return code;
  }

  /** The path segments, 1 to 3. */
  List<String> path() {
    return path;
  }

  /** The text of a column, lines of continuing rows included; empty if none. */
  String text(int column) {
    String text = column < texts.length ? texts[column] : null;
    return text == null ? "" : text;
  }

  /** Continues a column's text with a line from a row below. */
  void append(int column, String more) {
    if (column < texts.length) {
      String text = text(column);
      texts[column] = text.isEmpty() ? more : text + "\n" + more;
    }
  }
}
