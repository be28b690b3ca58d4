package io.github.gkml.cli.internal;

import io.github.gkml.model.CatalogFormat;
import io.github.gkml.model.CatalogFormatException;
import io.github.gkml.model.LoadedCatalog;
import java.nio.file.Path;

/** Reads the catalogs a command is given; a file that cannot be read is an input error. */
final class Inputs {

  private Inputs() {}

  /**
   * The catalog in {@code file}.
   *
   * @throws InputException naming the file, the line or pointer and what was expected
   */
  static LoadedCatalog catalog(Path file) {
    try {
      return CatalogFormat.defaults().load(file);
    } catch (CatalogFormatException e) {
      throw new InputException(String.valueOf(e.getMessage()), e);
    }
  }
}
