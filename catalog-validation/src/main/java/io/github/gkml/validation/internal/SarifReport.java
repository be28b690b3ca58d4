package io.github.gkml.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.MessageBundle;
import io.github.gkml.validation.Principle;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.RuleId;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The SARIF 2.1.0 report: one run whose driver is gkml, with a rule (id and short description) for
 * every rule id that occurs and one result per finding. Severities map to levels (ERROR → error,
 * WARNING → warning, INFO → note); an accepted finding carries an external suppression with the
 * acceptance's reason. A finding without a file of its own is placed in the new version of a
 * comparison, without a region; the item path is its logical location.
 */
public final class SarifReport {

  /** The schema of SARIF 2.1.0. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** Where gkml is described. */
  public static final String INFORMATION_URI = "https://github.com/gkml/gkml";

  private static final JsonFactory FACTORY = new JsonFactory();

  private SarifReport() {}

  /** Writes the report. */
  public static void write(Report report, Locale locale, Writer out) throws IOException {
    List<RuleId> rules = rules(report.findings());
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      writeTool(json, rules, locale);
      json.writeStringField("language", MessageBundle.isEnglish(locale) ? "en" : "zh-CN");
      json.writeArrayFieldStart("results");
      for (Finding finding : report.findings()) {
        writeResult(json, report, finding, rules.indexOf(finding.ruleId()), locale);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static List<RuleId> rules(List<Finding> findings) {
    SortedSet<RuleId> rules = new TreeSet<>();
    findings.forEach(f -> rules.add(f.ruleId()));
    return new ArrayList<>(rules);
  }

  private static void writeTool(JsonGenerator json, List<RuleId> rules, Locale locale)
      throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "gkml");
    json.writeStringField("informationUri", INFORMATION_URI);
    json.writeArrayFieldStart("rules");
    for (RuleId rule : rules) {
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      json.writeObjectFieldStart("shortDescription");
      json.writeStringField("text", ReportWords.rule(rule, locale));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(
      JsonGenerator json, Report report, Finding finding, int ruleIndex, Locale locale)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId().id());
    json.writeNumberField("ruleIndex", ruleIndex);
    json.writeStringField("level", level(finding));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", finding.message(locale));
    json.writeEndObject();
    writeLocations(json, report, finding);
    String reason = finding.accepted();
    if (reason != null) {
      json.writeArrayFieldStart("suppressions");
      json.writeStartObject();
      json.writeStringField("kind", "external");
      json.writeStringField("status", "accepted");
      json.writeStringField("justification", reason);
      json.writeEndObject();
      json.writeEndArray();
    }
    writeProperties(json, finding);
    json.writeEndObject();
  }

  private static String level(Finding finding) {
    return switch (finding.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static void writeLocations(JsonGenerator json, Report report, Finding finding)
      throws IOException {
    SourceLocation location = finding.location();
    String file = location == null ? null : location.file();
    Report.Source newSource = report.newSource();
    if (file == null && newSource != null) {
      file = newSource.name();
      location = null; // its row, if any, is not a line of that file
    }
    ItemPath item = finding.item();
    if (file == null && item == null) {
      return;
    }
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    if (file != null) {
      writePhysical(json, file, location);
    }
    if (item != null) {
      json.writeArrayFieldStart("logicalLocations");
      json.writeStartObject();
      json.writeStringField("fullyQualifiedName", String.join("/", item.segments()));
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void writePhysical(
      JsonGenerator json, String file, @Nullable SourceLocation location) throws IOException {
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", SarifUris.of(file));
    json.writeEndObject();
    if (location != null && location.row() > 0) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", location.row());
      if (location.column() > 0) {
        json.writeNumberField("startColumn", location.column());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void writeProperties(JsonGenerator json, Finding finding) throws IOException {
    json.writeObjectFieldStart("properties");
    Principle principle = finding.principle();
    if (principle != null) {
      json.writeStringField("principle", principle.name());
    }
    optional(json, "field", finding.field());
    optional(json, "old", finding.oldValue());
    optional(json, "new", finding.newValue());
    optional(json, "from", finding.fromVersion());
    optional(json, "to", finding.toVersion());
    SourceLocation location = finding.location();
    if (location != null) {
      optional(json, "sheet", location.sheet());
      optional(json, "pointer", location.pointer());
    }
    json.writeEndObject();
  }

  private static void optional(JsonGenerator json, String name, @Nullable String value)
      throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }
}
