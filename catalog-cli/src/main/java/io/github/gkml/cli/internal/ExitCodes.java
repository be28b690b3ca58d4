package io.github.gkml.cli.internal;

/** The exit codes of {@code gkml} (DESIGN §9). */
public final class ExitCodes {

  /** No failing finding. */
  public static final int OK = 0;

  /** Failing findings at or above {@code --fail-on}. */
  public static final int FINDINGS = 1;

  /** A usage error: an unknown option, a missing argument, a bad value. */
  public static final int USAGE = 2;

  /** Unreadable or invalid input, with a message naming the file and where. */
  public static final int INPUT = 3;

  /** An internal error: a bug in gkml. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
