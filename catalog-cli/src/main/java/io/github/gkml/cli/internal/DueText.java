package io.github.gkml.cli.internal;

import io.github.gkml.model.DueDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Describes due dates for a person: the due date (or why there is none) and the display end. */
final class DueText {

  private DueText() {}

  static List<String> describe(
      DueDate due, @Nullable DueDate display, Language language, String indent) {
    List<String> lines = new ArrayList<>();
    lines.add(indent + line("due", due, language));
    if (due instanceof DueDate.PerClause perClause) {
      for (DueDate.ClauseDue clause : perClause.clauses()) {
        String when =
            clause.when() == null ? CliText.get("deadline.otherwise", language) : clause.when();
        lines.add(
            indent
                + "  "
                + CliText.get("deadline.when", language)
                + when
                + "  "
                + line("due", clause.due(), language));
      }
    }
    if (display != null) {
      lines.add(indent + line("lastDisplayDay", display, language));
    }
    if (due.isApproximate() || (display != null && display.isApproximate())) {
      lines.add(indent + CliText.get("due.approximate", language));
    }
    return lines;
  }

  private static String line(String key, DueDate due, Language language) {
    String label = CliText.get("due." + key, language);
    if (due instanceof DueDate.None none) {
      return label + CliText.get("due.none", language) + none.message(language.locale());
    }
    StringBuilder text =
        new StringBuilder(label).append(due.lastDay().map(Object::toString).orElse("—"));
    if (due instanceof DueDate.On on) {
      LocalDate rolledFrom = on.rolledFrom();
      if (rolledFrom != null) {
        text.append(dated("due.rolledFrom", rolledFrom, language));
      }
      LocalDate extended = on.extendedDate();
      if (extended != null) {
        text.append(dated("due.extended", extended, language));
      }
    }
    return text.toString();
  }

  private static String dated(String key, LocalDate date, Language language) {
    return CliText.get(key, language, n -> n.equals("date") ? date.toString() : null);
  }
}
