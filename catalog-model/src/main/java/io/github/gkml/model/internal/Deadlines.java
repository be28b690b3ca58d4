package io.github.gkml.model.internal;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.Deadline.Conditional;
import io.github.gkml.model.Deadline.Ongoing;
import io.github.gkml.model.Deadline.Periodic;
import io.github.gkml.model.Deadline.Prompt;
import io.github.gkml.model.Deadline.Realtime;
import io.github.gkml.model.Deadline.Unparsed;
import io.github.gkml.model.Deadline.Within;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.model.Trigger;
import org.jspecify.annotations.Nullable;

/** Copies of deadlines with one part changed; the records keep their public shape. */
final class Deadlines {

  private Deadlines() {}

  /** The deadline with another raw text and display period. */
  static Deadline with(Deadline d, String raw, @Nullable DisplayPeriod display) {
    if (d instanceof Within w) {
      return new Within(raw, w.trigger(), w.amount(), w.unit(), w.extension(), display);
    } else if (d instanceof Periodic p) {
      return new Periodic(raw, p.frequency(), p.offset(), p.dueBy(), p.interval(), display);
    } else if (d instanceof Prompt p) {
      return new Prompt(raw, p.trigger(), display);
    } else if (d instanceof Realtime) {
      return new Realtime(raw, display);
    } else if (d instanceof Ongoing) {
      return new Ongoing(raw, display);
    } else if (d instanceof Conditional c) {
      return new Conditional(raw, c.clauses(), display);
    }
    return new Unparsed(raw, display);
  }

  /** The deadline counted from {@code trigger}, if it is a {@link Within} or {@link Prompt}. */
  static Deadline withTrigger(Deadline d, Trigger trigger) {
    if (d instanceof Within w) {
      return new Within(w.raw(), trigger, w.amount(), w.unit(), w.extension(), w.displayPeriod());
    } else if (d instanceof Prompt p) {
      return new Prompt(p.raw(), trigger, p.displayPeriod());
    }
    return d;
  }

  /** The deadline with an extension, if it is a {@link Within} without one. */
  static Deadline withExtension(Deadline d, TimeSpan extension) {
    if (d instanceof Within w && w.extension() == null) {
      return new Within(w.raw(), w.trigger(), w.amount(), w.unit(), extension, w.displayPeriod());
    }
    return d;
  }

  /** Whether the deadline's trigger is unnamed and could be taken from the words around it. */
  static boolean lacksTrigger(Deadline d) {
    return (d instanceof Within w && w.trigger() == Trigger.UNSPECIFIED)
        || (d instanceof Prompt p && p.trigger() == Trigger.UNSPECIFIED);
  }

  /**
   * Whether the deadline says when, not just "promptly": a {@link Within} or a {@link Periodic}.
   */
  static boolean isDefinite(Deadline d) {
    return d instanceof Within || d instanceof Periodic;
  }
}
