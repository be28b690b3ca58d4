package io.github.gkml.io.internal;

import io.github.gkml.model.TextFolding;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates as tables write them: 2023-10-20, 2023/10/20, 2023.10.20, 2023年10月20日. */
final class Dates {

  private static final Pattern DATE =
      Pattern.compile("((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

  private Dates() {}

  /** The date, if the text is one. */
  static Optional<LocalDate> parse(String text) {
    Matcher m = DATE.matcher(TextFolding.compact(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
