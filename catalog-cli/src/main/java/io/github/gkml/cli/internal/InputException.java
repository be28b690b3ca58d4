package io.github.gkml.cli.internal;

/**
 * Input the user gave cannot be used: exit code 3 with the message, which names the file and where.
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The input problem, already naming the file and where. */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
