package io.github.gkml.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gkml.validation.MessageBundle;
import io.github.gkml.validation.Principle;
import io.github.gkml.validation.RuleDescription;
import io.github.gkml.validation.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code gkml validate --list-rules}: every rule id with its purpose, principle, default severity
 * (and the configured one), as text in the chosen language or as JSON with both languages.
 */
final class RuleListing {

  private static final MessageBundle WORDS =
      MessageBundle.load(RuleListing.class::getResourceAsStream, "RuleListing");

  private RuleListing() {}

  static void text(List<RuleDescription> rules, RuleSet ruleSet, Locale locale, PrintWriter out) {
    for (RuleDescription rule : rules) {
      StringBuilder line = new StringBuilder(rule.id().id());
      line.append("  ").append(word("severity." + ruleSet.severityOf(rule).name(), locale));
      if (!ruleSet.isEnabled(rule.id())) {
        line.append("  ").append(word("disabled", locale));
      }
      Principle principle = rule.principle();
      if (principle != null) {
        line.append("  ").append(principle.label());
      }
      out.println(line);
      out.println("  " + rule.purpose(locale));
      if (rule.source() != null) {
        out.println("  " + word("source", locale) + rule.source());
      }
    }
    out.println(MessageBundle.fill(word("total", locale), n -> Integer.toString(rules.size())));
  }

  static void json(List<RuleDescription> rules, RuleSet ruleSet, PrintWriter out)
      throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeArrayFieldStart("rules");
      for (RuleDescription rule : rules) {
        json.writeStartObject();
        json.writeStringField("id", rule.id().id());
        Principle principle = rule.principle();
        json.writeStringField("principle", principle == null ? null : principle.name());
        json.writeStringField("defaultSeverity", rule.defaultSeverity().name());
        json.writeStringField("severity", ruleSet.severityOf(rule).name());
        json.writeBooleanField("enabled", ruleSet.isEnabled(rule.id()));
        json.writeObjectFieldStart("purpose");
        json.writeStringField("zh", rule.purposeZh());
        json.writeStringField("en", rule.purposeEn());
        json.writeEndObject();
        json.writeStringField("source", rule.source());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }

  private static String word(String key, Locale locale) {
    return WORDS.template(key, locale).orElse(key);
  }

  /** The bundle, for tests that keep the languages in step. */
  static MessageBundle bundle() {
    return WORDS;
  }
}
