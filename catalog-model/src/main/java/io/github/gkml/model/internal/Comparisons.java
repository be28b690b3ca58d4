package io.github.gkml.model.internal;

import io.github.gkml.model.DeadlineComparison;
import io.github.gkml.model.DeadlineComparison.Reason;
import io.github.gkml.model.Strictness;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds {@link DeadlineComparison}s: the one place their arguments are named. */
final class Comparisons {

  private Comparisons() {}

  /** A comparison whose answer does not depend on dates. */
  static DeadlineComparison of(Strictness s, Reason reason, String oldText, String newText) {
    return new DeadlineComparison(s, reason, texts(oldText, newText), null, List.of());
  }

  /** A comparison with more named values. */
  static DeadlineComparison of(
      Strictness s, Reason reason, String oldText, String newText, Map<String, String> more) {
    Map<String, String> args = new HashMap<>(texts(oldText, newText));
    args.putAll(more);
    return new DeadlineComparison(s, reason, args, null, List.of());
  }

  /**
   * A comparison made of parts that must all hold: the answers combined with {@link
   * Strictness#and}, and the breaking start of the first part that breaks the whole.
   */
  static DeadlineComparison allOf(
      Reason reason, String oldText, String newText, List<DeadlineComparison> parts) {
    Strictness s = Strictness.SAME;
    for (DeadlineComparison part : parts) {
      s = s.and(part.strictness());
    }
    return new DeadlineComparison(s, reason, texts(oldText, newText), breaking(s, parts), parts);
  }

  /** A comparison that stands on one part: the part's answer with this reason on top. */
  static DeadlineComparison wrap(
      Reason reason, String oldText, String newText, DeadlineComparison part) {
    return new DeadlineComparison(
        part.strictness(), reason, texts(oldText, newText), part.breakingStart(), List.of(part));
  }

  /**
   * A comparison over start dates: its counts, and for LOOSER or INDETERMINATE the first start
   * where the new one falls due later.
   */
  static DeadlineComparison fromStarts(
      Reason reason, String oldText, String newText, StartDateComparison c) {
    if (c.isEmpty()) {
      return of(Strictness.INDETERMINATE, Reason.BEYOND_CALENDAR, oldText, newText, range(c));
    }
    Map<String, String> args = new HashMap<>(texts(oldText, newText));
    args.putAll(range(c));
    args.put("tighter", Integer.toString(c.tighter()));
    args.put("same", Integer.toString(c.same()));
    args.put("looser", Integer.toString(c.looser()));
    Strictness s = c.strictness();
    StartDateComparison.Witness w =
        s == Strictness.LOOSER || s == Strictness.INDETERMINATE ? c.later() : null;
    if (w != null) {
      args.put("start", w.start().toString());
      args.put("oldDue", day(w.oldDue(), c.calendarEnd()));
      args.put("newDue", day(w.newDue(), c.calendarEnd()));
    }
    return new DeadlineComparison(s, reason, args, w == null ? null : w.start(), List.of());
  }

  /**
   * A display-period comparison over publication dates, made from the comparison of the two periods
   * as deadlines with old and new swapped: "the old period ends earlier" is "the new one is
   * longer", so the counts keep their meaning (tighter = new stricter) and the first start where
   * the new period ends earlier is the breaking one; only the two end dates are put back in place.
   */
  static DeadlineComparison displayFromStarts(
      String oldText, String newText, StartDateComparison swapped) {
    DeadlineComparison asDeadlines =
        fromStarts(Reason.DISPLAY_LENGTH, /* oldText= */ newText, /* newText= */ oldText, swapped);
    Map<String, String> args = new HashMap<>(asDeadlines.arguments());
    args.putAll(texts(oldText, newText));
    swapIfPresent(args, "oldDue", "newDue");
    return new DeadlineComparison(
        asDeadlines.strictness(),
        asDeadlines.reason(),
        args,
        asDeadlines.breakingStart(),
        List.of());
  }

  private static void swapIfPresent(Map<String, String> args, String a, String b) {
    String x = args.get(a);
    String y = args.get(b);
    if (x != null && y != null) {
      args.put(a, y);
      args.put(b, x);
    }
  }

  private static @Nullable LocalDate breaking(Strictness s, List<DeadlineComparison> parts) {
    if (s.isAtLeastAsStrict()) {
      return null;
    }
    for (DeadlineComparison part : parts) {
      Strictness p = part.strictness();
      if ((p == Strictness.LOOSER || p == Strictness.INDETERMINATE)
          && part.breakingStart() != null) {
        return part.breakingStart();
      }
    }
    return null;
  }

  private static Map<String, String> texts(String oldText, String newText) {
    return Map.of("old", oldText, "new", newText);
  }

  private static Map<String, String> range(StartDateComparison c) {
    return Map.of("from", c.from().toString(), "to", c.to().toString());
  }

  private static String day(@Nullable LocalDate due, LocalDate calendarEnd) {
    return due == null ? "> " + calendarEnd : due.toString();
  }
}
