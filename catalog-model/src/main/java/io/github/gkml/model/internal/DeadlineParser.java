package io.github.gkml.model.internal;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;

/** Reads 公开时限 phrases into {@link Deadline}s. */
public final class DeadlineParser {

  private DeadlineParser() {}

  /** Reads a deadline phrase; never throws. */
  public static Deadline parse(String text) {
    return new Deadline.Unparsed(text, null);
  }

  /** Reads a display period; never throws. */
  public static DisplayPeriod parseDisplayPeriod(String text) {
    return new DisplayPeriod(text, null, false);
  }
}
