package io.github.gkml.io;

import io.github.gkml.io.internal.HtmlCatalogWriter;
import io.github.gkml.io.internal.MarkdownCatalogWriter;
import io.github.gkml.io.internal.XlsxCatalogWriter;
import io.github.gkml.model.Catalog;
import io.github.gkml.model.ChannelVocabulary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * 表格导出 — writes a catalog as a table in the national template layout that a county can publish as
 * is: {@code .xlsx} (title over the table, two-row header, 公开渠道和载体 as a ■/□ list of the template's
 * 13 channels with the item's other channels after them, √ in the 全社会/特定群体, 主动/依申请 and level
 * columns), {@code .html} or {@code .md}. Extensions become columns of their own after the
 * template's, notes go below the table, and the metadata, 未涉及事项 and 已退出事项 follow in their own
 * tables (sheets of the workbook), so that {@link TableImporter} reads back the same catalog (the
 * items' {@code source} aside, which the importer sets).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TableExporter {

  private static final TableExporter DEFAULTS = new TableExporter(ChannelVocabulary.standard());

  private final ChannelVocabulary channels;

  private TableExporter(ChannelVocabulary channels) {
    this.channels = Objects.requireNonNull(channels, "channels");
  }

  /** The exporter with the standard channel vocabulary. */
  public static TableExporter defaults() {
    return DEFAULTS;
  }

  /** A copy naming the template's channels as another vocabulary labels them. */
  public TableExporter withChannels(ChannelVocabulary vocabulary) {
    return new TableExporter(vocabulary);
  }

  /**
   * Writes a catalog to a file; the extension chooses the format ({@code .xlsx}, {@code .html},
   * {@code .htm}, {@code .md}).
   *
   * @throws IllegalArgumentException if the extension names no format gkml writes
   */
  public void write(Catalog catalog, Path file) throws IOException {
    TableFormat format =
        TableFormat.fromFileName(file.toString())
            .filter(TableFormat::isWritable)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "not a table gkml writes (.xlsx, .html, .htm, .md): " + file));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(catalog, format, out);
    }
  }

  /**
   * Writes a catalog to a stream (UTF-8 for the text formats), which is flushed but not closed.
   *
   * @throws IllegalArgumentException if gkml does not write the format
   */
  public void write(Catalog catalog, TableFormat format, OutputStream out) throws IOException {
    switch (format) {
      case XLSX -> XlsxCatalogWriter.write(catalog, channels, out);
      case HTML -> HtmlCatalogWriter.write(catalog, channels, text(out));
      case MD -> MarkdownCatalogWriter.write(catalog, channels, text(out));
      case XLS, DOCX, CSV ->
          throw new IllegalArgumentException(
              "gkml reads " + format + " but does not write it; write .xlsx, .html or .md");
    }
    out.flush();
  }

  private static Writer text(OutputStream out) {
    return new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }
}
