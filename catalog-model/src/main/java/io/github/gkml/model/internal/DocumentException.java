package io.github.gkml.model.internal;

/**
 * A value in a well-formed catalog document that the model does not accept, with the JSON pointer
 * of the value. The codec turns it into a {@link io.github.gkml.model.CatalogFormatException} with
 * the line and column.
 */
public final class DocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pointer;

  /** A problem at {@code pointer}. */
  public DocumentException(String pointer, String problem) {
    super(problem);
    this.pointer = pointer;
  }

  /** The JSON pointer of the offending value. */
  public String pointer() {
    return pointer;
  }
}
