package io.github.gkml.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gkml.model.DueDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes due dates into a deadline's JSON object: {@code due}, and where they apply {@code
 * noDueReason}, {@code extendedDue}, {@code rolledFrom}, {@code approximate}, {@code clauseDues}
 * and {@code lastDisplayDay}.
 */
final class DueJson {

  private DueJson() {}

  static void write(JsonGenerator json, DueDate due, @Nullable DueDate display) throws IOException {
    date(json, "due", due.lastDay());
    if (due instanceof DueDate.None none) {
      json.writeStringField("noDueReason", none.reason().name());
    } else if (due instanceof DueDate.On on) {
      if (on.extendedDate() != null) {
        json.writeStringField("extendedDue", on.extendedDate().toString());
      }
      if (on.rolledFrom() != null) {
        json.writeStringField("rolledFrom", on.rolledFrom().toString());
      }
    } else if (due instanceof DueDate.PerClause perClause) {
      json.writeArrayFieldStart("clauseDues");
      for (DueDate.ClauseDue clause : perClause.clauses()) {
        json.writeStartObject();
        if (clause.when() == null) {
          json.writeNullField("when");
        } else {
          json.writeStringField("when", clause.when());
        }
        date(json, "due", clause.due().lastDay());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (due.isApproximate() || (display != null && display.isApproximate())) {
      json.writeBooleanField("approximate", true);
    }
    if (display != null) {
      date(json, "lastDisplayDay", display.lastDay());
    }
  }

  private static void date(JsonGenerator json, String name, Optional<LocalDate> date)
      throws IOException {
    if (date.isPresent()) {
      json.writeStringField(name, date.get().toString());
    } else {
      json.writeNullField(name);
    }
  }
}
