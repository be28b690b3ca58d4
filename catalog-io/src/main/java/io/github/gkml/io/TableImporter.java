package io.github.gkml.io;

import io.github.gkml.io.internal.Block;
import io.github.gkml.io.internal.CatalogAssembler;
import io.github.gkml.io.internal.CsvReader;
import io.github.gkml.io.internal.DocxReader;
import io.github.gkml.io.internal.HtmlReader;
import io.github.gkml.io.internal.MarkdownReader;
import io.github.gkml.io.internal.ReadProblem;
import io.github.gkml.io.internal.TextDecoding;
import io.github.gkml.io.internal.XlsReader;
import io.github.gkml.io.internal.XlsxReader;
import io.github.gkml.model.ChannelVocabulary;
import io.github.gkml.model.PilotDomain;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * 表格导入 — reads the catalogs in a table as counties publish them: an Excel workbook ({@code .xlsx},
 * read in streaming mode; {@code .xls}), the tables of a Word document ({@code .docx}) or a web
 * page ({@code .html}), a CSV file, or Markdown. Every format yields the same cells, read by one
 * recogniser: one- and two-row headers in their many spellings, checkbox channel lists, √ columns,
 * merged cells, 同上, words broken by line breaks, a title row naming the domain, notes below the
 * table (see {@code docs/tables.md}).
 *
 * <p>Every item remembers its file, sheet, row and column ({@link
 * io.github.gkml.model.Item#source()}); a row that cannot be read becomes a ROW_UNREADABLE finding
 * with its row, never a silently missing item.
 *
 * <p>Immutable and thread-safe: configure once, share freely.
 *
 * <pre>{@code
 * TableImport read = TableImporter.defaults().read(Path.of("社会救助目录.xlsx"));
 * Catalog catalog = read.catalogs().get(0).catalog();
 * }</pre>
 *
 * @since 0.1
 */
public final class TableImporter {

  private static final TableImporter DEFAULTS =
      new TableImporter(TableLimits.defaults(), ChannelVocabulary.standard(), null, null);

  private final TableLimits limits;
  private final ChannelVocabulary channels;
  private final @Nullable Charset encoding;
  private final @Nullable PilotDomain domain;

  private TableImporter(
      TableLimits limits,
      ChannelVocabulary channels,
      @Nullable Charset encoding,
      @Nullable PilotDomain domain) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.channels = Objects.requireNonNull(channels, "channels");
    this.encoding = encoding;
    this.domain = domain;
  }

  /** The importer with default limits, the standard channel vocabulary and detected encodings. */
  public static TableImporter defaults() {
    return DEFAULTS;
  }

  /** A copy with other limits. */
  public TableImporter withLimits(TableLimits newLimits) {
    return new TableImporter(newLimits, channels, encoding, domain);
  }

  /** A copy resolving channel names in another vocabulary. */
  public TableImporter withChannels(ChannelVocabulary vocabulary) {
    return new TableImporter(limits, vocabulary, encoding, domain);
  }

  /**
   * A copy reading text files (CSV, HTML, Markdown) in this encoding rather than detecting it
   * (UTF-8 with or without BOM, else GB18030/GBK); {@code null} detects.
   */
  public TableImporter withEncoding(@Nullable Charset newEncoding) {
    return new TableImporter(limits, channels, newEncoding, domain);
  }

  /**
   * A copy giving every catalog this domain, whatever the table's title says; {@code null} reads it
   * from the table (its title, headings, sheet or file name).
   */
  public TableImporter withDomain(@Nullable PilotDomain newDomain) {
    return new TableImporter(limits, channels, encoding, newDomain);
  }

  /** The limits in force. */
  public TableLimits limits() {
    return limits;
  }

  /**
   * Reads the catalogs of a table file; its extension names its format ({@link TableFormat}).
   *
   * @throws TableImportException if the file is not a table of its kind, holds no catalog table,
   *     goes beyond a limit, or cannot be read — naming the file, the sheet and row where known
   */
  public TableImport read(Path file) throws TableImportException {
    String name = file.toString();
    TableFormat format =
        TableFormat.fromFileName(name)
            .orElseThrow(
                () ->
                    new TableImportException(
                        name,
                        null,
                        0,
                        0,
                        "not a table file: expected a name ending in .xlsx, .xls, .docx, .html, .htm,"
                            + " .csv or .md",
                        null));
    try {
      checkSize(file, name);
      List<Block> blocks = blocks(file, format);
      return new TableImport(name, new CatalogAssembler(name, channels, domain).assemble(blocks));
    } catch (ReadProblem e) {
      throw new TableImportException(name, e.sheet(), e.row(), e.column(), e.problem(), e);
    } catch (NoSuchFileException e) {
      throw new TableImportException(name, null, 0, 0, "no such file", e);
    } catch (IOException e) {
      throw new TableImportException(name, null, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  private void checkSize(Path file, String name) throws IOException {
    if (Files.isDirectory(file)) {
      throw new TableImportException(name, null, 0, 0, "is a directory, not a file", null);
    }
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      throw new TableImportException(
          name,
          null,
          0,
          0,
          "file is "
              + size
              + " bytes, more than the limit of "
              + limits.maxFileBytes()
              + " (TableLimits.maxFileBytes)",
          null);
    }
  }

  private List<Block> blocks(Path file, TableFormat format) throws IOException {
    return switch (format) {
      case XLSX -> XlsxReader.read(file.toFile(), limits);
      case XLS -> XlsReader.read(file.toFile(), limits);
      case DOCX -> DocxReader.read(file.toFile(), limits);
      case HTML -> HtmlReader.read(html(Files.readAllBytes(file)), limits);
      case CSV ->
          CsvReader.read(
              TextDecoding.decode(Files.readAllBytes(file), encoding, "a CSV file"), limits);
      case MD ->
          MarkdownReader.read(
              TextDecoding.decode(Files.readAllBytes(file), encoding, "a Markdown file"), limits);
    };
  }

  private org.jsoup.nodes.Document html(byte[] bytes) throws IOException {
    if (encoding != null) {
      return Jsoup.parse(TextDecoding.decode(bytes, encoding, "an HTML page"));
    }
    TextDecoding.requireText(bytes, "an HTML page");
    if (!TextDecoding.isUtf8OrDeclared(bytes)) {
      // jsoup would read such a page as UTF-8 and put U+FFFD for every byte it cannot decode.
      return Jsoup.parse(TextDecoding.decode(bytes, null, "an HTML page"));
    }
    return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
  }
}
