package io.github.gkml.sdk;

import java.io.IOException;

/**
 * A file that cannot be read as a catalog: an unknown kind of file, a catalog file that breaks the
 * format (the message names the line and column, or the JSON pointer), a table that cannot be
 * recognised (the message names the sheet and row), or a table holding several catalogs where one
 * is expected. The message always begins with the file's name; the cause is the reader's own
 * exception ({@link io.github.gkml.model.CatalogFormatException}, {@link
 * io.github.gkml.io.TableImportException}), when there is one.
 *
 * @since 0.1
 */
public final class CatalogInputException extends IOException {

  private static final long serialVersionUID = 1L;

  /** An input error with the message shown to the user. */
  public CatalogInputException(String message) {
    super(message);
  }

  /** An input error with the message shown to the user and the reader's exception. */
  public CatalogInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
