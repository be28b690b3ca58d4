package io.github.gkml.cli.internal;

/** {@code --format} of commands that print data: text for people, JSON for programs. */
public enum OutputFormat {
  /** Text for a person. */
  TEXT,
  /** JSON for a program. */
  JSON
}
