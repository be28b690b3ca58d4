package io.github.gkml.cli.internal;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Describes a parsed deadline for a person: one line of labelled parts per deadline or clause. */
final class DeadlineText {

  private DeadlineText() {}

  /** The description, indented by {@code indent}, one line per deadline and clause. */
  static List<String> describe(Deadline deadline, Language language, String indent) {
    List<String> lines = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    parts.add(part("kind", DeadlineJson.kind(deadline), language));
    if (deadline instanceof Deadline.Within w) {
      parts.add(part("trigger", w.trigger().name(), language));
      parts.add(part("period", w.span().toString(), language));
      span(parts, "extension", w.extension(), language);
    } else if (deadline instanceof Deadline.Prompt p) {
      parts.add(part("trigger", p.trigger().name(), language));
    } else if (deadline instanceof Deadline.Periodic p) {
      if (p.frequency() != null) {
        parts.add(part("frequency", p.frequency().name(), language));
      }
      span(parts, "offset", p.offset(), language);
      if (p.dueBy() != null) {
        parts.add(part("dueBy", p.dueBy().toString(), language));
      }
      span(parts, "interval", p.interval(), language);
    }
    DisplayPeriod display = deadline.displayPeriod();
    if (display != null) {
      String value =
          display.ongoing()
              ? CliText.get("deadline.ongoing", language)
              : display.length() == null ? display.raw() : display.length().toString();
      parts.add(part("displayPeriod", value, language));
    }
    lines.add(indent + String.join("  ", parts));
    if (deadline instanceof Deadline.Conditional conditional) {
      for (Deadline.Clause clause : conditional.clauses()) {
        String when =
            clause.when() == null ? CliText.get("deadline.otherwise", language) : clause.when();
        lines.add(indent + "  " + part("when", when, language));
        lines.addAll(describe(clause.deadline(), language, indent + "    "));
      }
    }
    return lines;
  }

  private static void span(
      List<String> parts, String key, @Nullable TimeSpan span, Language language) {
    if (span != null) {
      parts.add(part(key, span.toString(), language));
    }
  }

  private static String part(String key, String value, Language language) {
    return CliText.get("deadline." + key, language) + value;
  }
}
