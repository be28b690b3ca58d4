package io.github.gkml.cli.internal;

import io.github.gkml.io.TableImport;
import io.github.gkml.io.TableImportException;
import io.github.gkml.io.TableImporter;
import io.github.gkml.model.LoadedCatalog;
import io.github.gkml.sdk.CatalogInput;
import io.github.gkml.sdk.CatalogInputException;
import io.github.gkml.sdk.Gkml;
import io.github.gkml.validation.Finding;
import java.nio.file.Path;
import java.util.List;

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
    try {
      CatalogInput input = Gkml.defaults().withTableImporter(importer).load(file);
      return new Input(input.loaded(), input.findings());
    } catch (CatalogInputException e) {
      throw new InputException(String.valueOf(e.getMessage()), e);
    }
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
