package io.github.gkml.cli.internal;

import io.github.gkml.io.ImportedCatalog;
import io.github.gkml.io.TableFormat;
import io.github.gkml.io.TableImport;
import io.github.gkml.io.TableImportException;
import io.github.gkml.io.TableImporter;
import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.CatalogSyntax;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.validation.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the catalogs a command is given: a catalog file (.json, .yaml, .yml) or a table (.xlsx,
 * .xls, .docx, .html, .htm, .csv, .md). A file that cannot be read is an input error.
 */
final class Inputs {

  private Inputs() {}

  /**
   * A catalog read from a file, with the rows of a table that could not be read.
   *
   * @param loaded the catalog and where each item is
   * @param findings ROW_UNREADABLE findings of a table; empty for a catalog file
   */
  record Input(LoadedCatalog loaded, List<Finding> findings) {}

  /**
   * The catalog in {@code file}.
   *
   * @throws InputException naming the file, the line, row or pointer and what was expected
   */
  static LoadedCatalog catalog(Path file) {
    return read(file).loaded();
  }

  /**
   * The catalog in {@code file} with what its table could not read.
   *
   * @throws InputException naming the file, the line, row or pointer and what was expected — also
   *     when a table holds several catalogs where one is expected
   */
  static Input read(Path file) {
    return read(file, TableImporter.defaults());
  }

  /** {@link #read(Path)} with an importer configured for tables. */
  static Input read(Path file, TableImporter importer) {
    String name = file.toString();
    if (TableFormat.fromFileName(name).isEmpty() && CatalogSyntax.fromFileName(name).isEmpty()) {
      throw new InputException(
          name
              + ": not a catalog file or a table: expected a name ending in .json, .yaml, .yml"
              + " (a catalog) or .xlsx, .xls, .docx, .html, .htm, .csv, .md (a table)",
          new IllegalArgumentException("unknown file type"));
    }
    if (TableFormat.fromFileName(name).isEmpty()) {
      try {
        return new Input(CatalogFormat.defaults().load(file), List.of());
      } catch (CatalogFormatException e) {
        throw new InputException(String.valueOf(e.getMessage()), e);
      }
    }
    TableImport table = table(file, importer);
    if (table.hasSeveral()) {
      throw new InputException(
          file
              + ": holds "
              + table.catalogs().size()
              + " catalogs where one is expected: "
              + table.catalogs().stream()
                  .map(ImportedCatalog::describe)
                  .collect(Collectors.joining("; "))
              + ". Split it with: gkml import "
              + file
              + " -o FOLDER",
          new IllegalArgumentException("several catalogs"));
    }
    ImportedCatalog only = table.catalogs().get(0);
    return new Input(only.loaded(), only.findings());
  }

  /**
   * Every catalog of a table.
   *
   * @throws InputException naming the file, the sheet and row, and what was expected
   */
  static TableImport table(Path file, TableImporter importer) {
    try {
      return importer.read(file);
    } catch (TableImportException e) {
      throw new InputException(String.valueOf(e.getMessage()), e);
    }
  }
}
