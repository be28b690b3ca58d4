package io.github.gkml.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gkml.model.Deadline.Conditional;
import io.github.gkml.model.Deadline.Periodic;
import io.github.gkml.model.Deadline.Prompt;
import io.github.gkml.model.Deadline.Within;
import java.time.MonthDay;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;

/**
 * Checks a parsed deadline against an {@code expect} object of {@code deadline-phrases.jsonl}
 * (DESIGN §3, §8): only the fields the object names are checked.
 */
final class DeadlineExpectation {

  private final SoftAssertions softly;

  DeadlineExpectation(SoftAssertions softly) {
    this.softly = softly;
  }

  /** Checks every field {@code expect} names, describing failures with {@code path}. */
  void check(String path, JsonNode expect, Deadline actual) {
    for (Map.Entry<String, JsonNode> field : expect.properties()) {
      checkField(path + "." + field.getKey(), field.getKey(), field.getValue(), actual);
    }
  }

  private void checkField(String path, String name, JsonNode value, Deadline actual) {
    switch (name) {
      case "kind" -> softly.assertThat(kind(actual)).as(path).isEqualTo(value.asText());
      case "trigger" -> softly.assertThat(trigger(actual)).as(path).isEqualTo(value.asText());
      case "amount" ->
          softly.assertThat(within(actual, path).amount()).as(path).isEqualTo(value.asInt());
      case "unit" ->
          softly.assertThat(within(actual, path).unit().name()).as(path).isEqualTo(value.asText());
      case "extension" -> checkSpan(path, value, within(actual, path).extension());
      case "frequency" -> checkFrequency(path, value, periodic(actual, path).frequency());
      case "offset" -> checkSpan(path, value, periodic(actual, path).offset());
      case "interval" -> checkSpan(path, value, periodic(actual, path).interval());
      case "dueBy" ->
          softly
              .assertThat(periodic(actual, path).dueBy())
              .as(path)
              .isEqualTo(MonthDay.parse(value.asText()));
      case "displayPeriod" -> checkDisplay(path, value, actual.displayPeriod());
      case "clauses" -> checkClauses(path, value, actual);
      default -> softly.fail("%s: unknown expectation field", path);
    }
  }

  private void checkClauses(String path, JsonNode clauses, Deadline actual) {
    if (!(actual instanceof Conditional c)) {
      softly.fail("%s: expected a conditional deadline, got %s", path, actual);
      return;
    }
    softly.assertThat(c.clauses()).as(path + ".size").hasSize(clauses.size());
    for (int i = 0; i < Math.min(clauses.size(), c.clauses().size()); i++) {
      JsonNode expected = clauses.get(i);
      Deadline.Clause clause = c.clauses().get(i);
      JsonNode when = expected.get("when");
      if (when != null) {
        softly
            .assertThat(clause.when())
            .as(path + "[" + i + "].when")
            .isEqualTo(when.isNull() ? null : when.asText());
      }
      check(path + "[" + i + "].deadline", expected.get("deadline"), clause.deadline());
    }
  }

  private void checkDisplay(String path, JsonNode expect, @Nullable DisplayPeriod actual) {
    if (actual == null) {
      softly.assertThat(expect.isNull()).as(path + " is missing").isTrue();
      return;
    }
    JsonNode ongoing = expect.get("ongoing");
    if (ongoing != null) {
      softly.assertThat(actual.ongoing()).as(path + ".ongoing").isEqualTo(ongoing.asBoolean());
    }
    if (expect.has("amount") || expect.has("unit")) {
      checkSpan(path, expect, actual.length());
    }
  }

  private void checkSpan(String path, JsonNode expect, @Nullable TimeSpan actual) {
    if (expect.isNull() || actual == null) {
      softly.assertThat(actual).as(path).isEqualTo(expect.isNull() ? null : expect.toString());
      return;
    }
    if (expect.has("amount")) {
      softly
          .assertThat(actual.amount())
          .as(path + ".amount")
          .isEqualTo(expect.get("amount").asInt());
    }
    if (expect.has("unit")) {
      softly
          .assertThat(actual.unit().name())
          .as(path + ".unit")
          .isEqualTo(expect.get("unit").asText());
    }
  }

  private void checkFrequency(String path, JsonNode expect, @Nullable Frequency actual) {
    softly
        .assertThat(actual == null ? null : actual.name())
        .as(path)
        .isEqualTo(expect.isNull() ? null : expect.asText());
  }

  private Within within(Deadline actual, String path) {
    if (actual instanceof Within w) {
      return w;
    }
    softly.fail("%s: expected a WITHIN deadline, got %s", path, actual);
    return new Within("", Trigger.UNSPECIFIED, 0, PeriodUnit.WORKING_DAYS, null, null);
  }

  private Periodic periodic(Deadline actual, String path) {
    if (actual instanceof Periodic p) {
      return p;
    }
    softly.fail("%s: expected a PERIODIC deadline, got %s", path, actual);
    return new Periodic("", Frequency.YEARLY, null, null, null, null);
  }

  private static String trigger(Deadline d) {
    if (d instanceof Within w) {
      return w.trigger().name();
    }
    return d instanceof Prompt p ? p.trigger().name() : "(no trigger in " + kind(d) + ")";
  }

  /** The kind as DESIGN §8 spells it: WITHIN, PERIODIC, … */
  static String kind(Deadline d) {
    return d.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT);
  }
}
