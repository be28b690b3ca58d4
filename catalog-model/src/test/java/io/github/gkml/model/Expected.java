package io.github.gkml.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gkml.model.Deadline.Clause;
import io.github.gkml.model.Deadline.Conditional;
import io.github.gkml.model.Deadline.Ongoing;
import io.github.gkml.model.Deadline.Periodic;
import io.github.gkml.model.Deadline.Prompt;
import io.github.gkml.model.Deadline.Realtime;
import io.github.gkml.model.Deadline.Unparsed;
import io.github.gkml.model.Deadline.Within;
import java.time.MonthDay;
import java.util.List;

/**
 * Expected parses for fixture tables: deadlines with an empty raw text, compared with the parse
 * field by field, every field but the raw texts.
 */
final class Expected {

  private Expected() {}

  /**
   * Asserts that {@code phrase} parses to {@code expected} and keeps the phrase as its raw text.
   */
  static void assertParses(String phrase, Deadline expected) {
    Deadline actual = Deadline.parse(phrase);
    assertThat(actual.raw()).as("raw of %s", phrase).isEqualTo(phrase);
    assertThat(actual)
        .as("parse of %s", phrase)
        .usingRecursiveComparison()
        .withStrictTypeChecking()
        .ignoringFieldsMatchingRegexes("(.*\\.)?raw")
        .isEqualTo(expected);
  }

  static Within within(Trigger trigger, int amount, PeriodUnit unit) {
    return new Within("", trigger, amount, unit, null, null);
  }

  static Within within(int amount, PeriodUnit unit) {
    return within(Trigger.UNSPECIFIED, amount, unit);
  }

  static Within extended(Within w, int amount, PeriodUnit unit) {
    return new Within("", w.trigger(), w.amount(), w.unit(), TimeSpan.of(amount, unit), null);
  }

  static Periodic periodic(Frequency frequency) {
    return new Periodic("", frequency, null, null, null, null);
  }

  static Periodic afterPeriod(Frequency frequency, int amount, PeriodUnit unit) {
    return new Periodic("", frequency, TimeSpan.of(amount, unit), null, null, null);
  }

  static Periodic yearlyBy(int month, int day) {
    return new Periodic("", Frequency.YEARLY, null, MonthDay.of(month, day), null, null);
  }

  static Periodic every(int amount, PeriodUnit unit) {
    return new Periodic("", null, null, null, TimeSpan.of(amount, unit), null);
  }

  static Realtime realtime() {
    return new Realtime("", null);
  }

  static Prompt prompt() {
    return prompt(Trigger.UNSPECIFIED);
  }

  static Prompt prompt(Trigger trigger) {
    return new Prompt("", trigger, null);
  }

  static Ongoing ongoing() {
    return new Ongoing("", null);
  }

  static Unparsed unparsed() {
    return new Unparsed("", null);
  }

  static Conditional conditional(Clause... clauses) {
    return new Conditional("", List.of(clauses), null);
  }

  static Clause clause(String when, Deadline deadline) {
    return new Clause(when, deadline);
  }

  static Clause rest(Deadline deadline) {
    return new Clause(null, deadline);
  }

  static DisplayPeriod display(int amount, PeriodUnit unit) {
    return new DisplayPeriod("", TimeSpan.of(amount, unit), false);
  }

  static DisplayPeriod displayOngoing() {
    return new DisplayPeriod("", null, true);
  }

  /** The deadline with a display period. */
  static Deadline shown(Deadline d, DisplayPeriod p) {
    if (d instanceof Within w) {
      return new Within("", w.trigger(), w.amount(), w.unit(), w.extension(), p);
    } else if (d instanceof Periodic x) {
      return new Periodic("", x.frequency(), x.offset(), x.dueBy(), x.interval(), p);
    } else if (d instanceof Prompt x) {
      return new Prompt("", x.trigger(), p);
    } else if (d instanceof Realtime) {
      return new Realtime("", p);
    } else if (d instanceof Ongoing) {
      return new Ongoing("", p);
    } else if (d instanceof Conditional c) {
      return new Conditional("", c.clauses(), p);
    }
    return new Unparsed("", p);
  }
}
