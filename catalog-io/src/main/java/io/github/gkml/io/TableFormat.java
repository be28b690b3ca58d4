package io.github.gkml.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 表格格式 — the kinds of table gkml reads and writes, chosen by the file's extension.
 *
 * @since 0.1
 */
public enum TableFormat {
  /** Excel workbook ({@code .xlsx}), read in streaming mode; written in the national layout. */
  XLSX(true, "xlsx"),
  /** Old binary Excel workbook ({@code .xls}); read only. */
  XLS(false, "xls"),
  /** Word document ({@code .docx}): its tables; read only. */
  DOCX(false, "docx"),
  /** Web page ({@code .html}, {@code .htm}): its tables; read and written. */
  HTML(true, "html", "htm"),
  /** Comma-separated values ({@code .csv}) in UTF-8 (with or without BOM) or GB18030/GBK. */
  CSV(false, "csv"),
  /** Markdown ({@code .md}) with pipe tables; read and written. */
  MD(true, "md", "markdown");

  private final boolean writable;

  @SuppressWarnings("ImmutableEnumChecker") // List.of(...) is unmodifiable
  private final List<String> extensions;

  TableFormat(boolean writable, String... extensions) {
    this.writable = writable;
    this.extensions = List.of(extensions);
  }

  /** The file extensions, without the dot, the first being the one written. */
  public List<String> extensions() {
    return extensions;
  }

  /** Whether gkml writes this format ({@code gkml export}). */
  public boolean isWritable() {
    return writable;
  }

  /** The format a file name's extension names, case-insensitive. */
  public static Optional<TableFormat> fromFileName(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (TableFormat format : values()) {
      if (format.extensions.contains(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
