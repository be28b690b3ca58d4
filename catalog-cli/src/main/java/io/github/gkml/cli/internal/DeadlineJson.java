package io.github.gkml.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gkml.model.Deadline;
import io.github.gkml.model.DisplayPeriod;
import io.github.gkml.model.TimeSpan;
import io.github.gkml.model.Trigger;
import java.io.IOException;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/**
 * Writes a parsed deadline as the JSON object of the CLI contract (DESIGN §8): {@code raw}, {@code
 * kind}, {@code trigger}, {@code amount}, {@code unit}, {@code extension}, {@code frequency},
 * {@code offset}, {@code dueBy}, {@code interval}, {@code clauses}, {@code displayPeriod}; absent
 * fields are null.
 */
public final class DeadlineJson {

  private DeadlineJson() {}

  /** Writes the deadline's fields into the current JSON object. */
  public static void writeFields(JsonGenerator json, Deadline deadline) throws IOException {
    json.writeStringField("raw", deadline.raw());
    json.writeStringField("kind", kind(deadline));
    Trigger trigger = null;
    Integer amount = null;
    String unit = null;
    TimeSpan extension = null;
    String frequency = null;
    TimeSpan offset = null;
    MonthDay dueBy = null;
    TimeSpan interval = null;
    if (deadline instanceof Deadline.Within w) {
      trigger = w.trigger();
      amount = w.amount();
      unit = w.unit().name();
      extension = w.extension();
    } else if (deadline instanceof Deadline.Prompt p) {
      trigger = p.trigger();
    } else if (deadline instanceof Deadline.Periodic p) {
      frequency = p.frequency() == null ? null : p.frequency().name();
      offset = p.offset();
      dueBy = p.dueBy();
      interval = p.interval();
    }
    nullable(json, "trigger", trigger == null ? null : trigger.name());
    if (amount == null) {
      json.writeNullField("amount");
    } else {
      json.writeNumberField("amount", amount);
    }
    nullable(json, "unit", unit);
    span(json, "extension", extension);
    nullable(json, "frequency", frequency);
    span(json, "offset", offset);
    nullable(json, "dueBy", dueBy == null ? null : dueBy.toString());
    span(json, "interval", interval);
    if (deadline instanceof Deadline.Conditional conditional) {
      json.writeArrayFieldStart("clauses");
      for (Deadline.Clause clause : conditional.clauses()) {
        json.writeStartObject();
        nullable(json, "when", clause.when());
        json.writeObjectFieldStart("deadline");
        writeFields(json, clause.deadline());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
    } else {
      json.writeNullField("clauses");
    }
    displayPeriod(json, deadline.displayPeriod());
  }

  /**
   * The {@code kind} of a deadline: WITHIN, PERIODIC, REALTIME, PROMPT, ONGOING, CONDITIONAL,
   * UNPARSED.
   */
  public static String kind(Deadline deadline) {
    if (deadline instanceof Deadline.Within) {
      return "WITHIN";
    } else if (deadline instanceof Deadline.Periodic) {
      return "PERIODIC";
    } else if (deadline instanceof Deadline.Realtime) {
      return "REALTIME";
    } else if (deadline instanceof Deadline.Prompt) {
      return "PROMPT";
    } else if (deadline instanceof Deadline.Ongoing) {
      return "ONGOING";
    } else if (deadline instanceof Deadline.Conditional) {
      return "CONDITIONAL";
    }
    return "UNPARSED";
  }

  private static void displayPeriod(JsonGenerator json, @Nullable DisplayPeriod period)
      throws IOException {
    if (period == null) {
      json.writeNullField("displayPeriod");
      return;
    }
    json.writeObjectFieldStart("displayPeriod");
    TimeSpan length = period.length();
    if (length == null) {
      json.writeNullField("amount");
      json.writeNullField("unit");
    } else {
      json.writeNumberField("amount", length.amount());
      json.writeStringField("unit", length.unit().name());
    }
    json.writeBooleanField("ongoing", period.ongoing());
    json.writeStringField("raw", period.raw());
    json.writeEndObject();
  }

  private static void span(JsonGenerator json, String name, @Nullable TimeSpan span)
      throws IOException {
    if (span == null) {
      json.writeNullField(name);
      return;
    }
    json.writeObjectFieldStart(name);
    json.writeNumberField("amount", span.amount());
    json.writeStringField("unit", span.unit().name());
    json.writeEndObject();
  }

  private static void nullable(JsonGenerator json, String name, @Nullable String value)
      throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeStringField(name, value);
    }
  }
}
