package io.github.gkml.io.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One catalog table read from a grid: its header, the title and notes above it, its items, the
 * notes below it, and the rows that could not be read.
 *
 * @param sheet the grid's sheet or table name
 * @param layout the header
 * @param title the title row above the header, or {@code null}
 * @param drafts the items
 * @param notes the notes above and below the table, in order
 * @param unreadable the rows that could not be read
 */
record Section(
    @Nullable String sheet,
    Layout layout,
    @Nullable String title,
    List<ItemDraft> drafts,
    List<String> notes,
    List<Unreadable> unreadable) {

  Section {
    drafts = List.copyOf(drafts);
    notes = List.copyOf(notes);
    unreadable = List.copyOf(unreadable);
  }

  /**
   * A row that could not be read.
   *
   * @param row the row as the source shows it
   * @param column the 1-based column, or 0
   * @param reason the key of the reason in the {@code Import} bundle
   * @param text what the row held
   */
  record Unreadable(int row, int column, String reason, String text) {}
}
