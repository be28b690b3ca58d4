/**
 * Tables: reading catalogs from the tables counties publish and writing catalogs as tables.
 *
 * <p>{@link io.github.gkml.io.TableImporter} reads {@code .xlsx} (streaming), {@code .xls}, {@code
 * .docx}, {@code .html}, {@code .csv} and {@code .md} files into {@link
 * io.github.gkml.io.ImportedCatalog}s — several when a page or workbook holds one catalog per
 * domain — each item remembering its file, sheet, row and column. {@link
 * io.github.gkml.io.TableExporter} writes a catalog as {@code .xlsx} in the national template
 * layout (two-row header, ■/□ channel list, √ columns), {@code .html} or {@code .md}; importing an
 * export gives the same catalog back. {@link io.github.gkml.io.DiffWorkbook} writes a revision
 * check as a workbook: the new catalog with added, removed and changed cells marked, and the
 * findings.
 *
 * <p>The layouts read, the header spellings, checkbox glyphs, limits and the export layout are in
 * {@code docs/tables.md}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.gkml.io;

import org.jspecify.annotations.NullMarked;
