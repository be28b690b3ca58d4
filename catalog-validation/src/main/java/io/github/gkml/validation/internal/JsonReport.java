package io.github.gkml.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Report;
import io.github.gkml.validation.Severity;
import io.github.gkml.validation.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The JSON report ({@code gkml-report/1}, described by {@code docs/gkml-report-1.schema.json}): the
 * report-level fields (format, subject, old, new, failOn, verdict), then {@code "findings":[…]}
 * with the fields of the public contract (ruleId, principle, severity, item, field, old, new,
 * message, accepted, from and to in history checks, location), then {@code "summary":{…}}.
 */
public final class JsonReport {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReport() {}

  /** The value of the {@code format} field. */
  public static final String FORMAT = "gkml-report/1";

  /** Writes the report. */
  public static void write(Report report, Locale locale, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeStringField("subject", report.subject());
      source(json, "old", report.oldSource());
      source(json, "new", report.newSource());
      Severity failOn = report.failOn();
      nullable(json, "failOn", failOn == null ? null : failOn.name());
      json.writeStringField("verdict", Verdict.of(report).name());
      json.writeArrayFieldStart("findings");
      for (Finding finding : report.findings()) {
        writeFinding(json, finding, locale);
      }
      json.writeEndArray();
      Summary summary = report.summary();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("errors", summary.errors());
      json.writeNumberField("warnings", summary.warnings());
      json.writeNumberField("infos", summary.infos());
      json.writeNumberField("accepted", summary.accepted());
      json.writeNumberField("total", summary.total());
      json.writeEndObject();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeFinding(JsonGenerator json, Finding finding, Locale locale)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId().id());
    nullable(json, "principle", finding.principle() == null ? null : finding.principle().name());
    json.writeStringField("severity", finding.severity().name());
    item(json, finding.item());
    nullable(json, "field", finding.field());
    nullable(json, "old", finding.oldValue());
    nullable(json, "new", finding.newValue());
    json.writeStringField("message", finding.message(locale));
    nullable(json, "accepted", finding.accepted());
    if (finding.fromVersion() != null || finding.toVersion() != null) {
      nullable(json, "from", finding.fromVersion());
      nullable(json, "to", finding.toVersion());
    }
    location(json, finding.location());
    json.writeEndObject();
  }

  private static void item(JsonGenerator json, @Nullable ItemPath item) throws IOException {
    if (item == null) {
      json.writeNullField("item");
      return;
    }
    json.writeArrayFieldStart("item");
    for (String segment : item.segments()) {
      json.writeString(segment);
    }
    json.writeEndArray();
  }

  private static void location(JsonGenerator json, @Nullable SourceLocation location)
      throws IOException {
    if (location == null) {
      json.writeNullField("location");
    } else {
      json.writeObjectFieldStart("location");
      nullable(json, "file", location.file());
      nullable(json, "sheet", location.sheet());
      if (location.row() > 0) {
        json.writeNumberField("row", location.row());
      }
      if (location.column() > 0) {
        json.writeNumberField("column", location.column());
      }
      nullable(json, "pointer", location.pointer());
      json.writeEndObject();
    }
  }

  private static void source(JsonGenerator json, String name, Report.@Nullable Source source)
      throws IOException {
    if (source == null) {
      json.writeNullField(name);
      return;
    }
    json.writeObjectFieldStart(name);
    json.writeStringField("name", source.name());
    nullable(json, "version", source.version());
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
