package io.github.gkml.io.internal;

/**
 * What a reader yields, in document order: text outside tables (a heading, a paragraph, the page's
 * title), a table, or the start of a new sheet of a workbook.
 */
public sealed interface Block permits Block.Text, Block.Table, Block.SheetStart {

  /** The kind of a text block. */
  enum TextKind {
    /** The page's own title ({@code <title>}): a last resort for the catalog's title. */
    PAGE_TITLE,
    /** A heading ({@code <h1>}, a Word heading style, {@code #}). */
    HEADING,
    /** Any other paragraph. */
    PARAGRAPH
  }

  /**
   * Text outside tables.
   *
   * @param text the text, lines separated by {@code \n}
   * @param kind what kind of text
   */
  record Text(String text, TextKind kind) implements Block {}

  /**
   * A table.
   *
   * @param grid its cells
   */
  record Table(Grid grid) implements Block {}

  /**
   * The start of a sheet of a workbook: a catalog never continues across sheets.
   *
   * @param name the sheet's name
   */
  record SheetStart(String name) implements Block {}
}
