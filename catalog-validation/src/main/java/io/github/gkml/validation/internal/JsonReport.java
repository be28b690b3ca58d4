package io.github.gkml.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gkml.model.ItemPath;
import io.github.gkml.model.SourceLocation;
import io.github.gkml.validation.Finding;
import io.github.gkml.validation.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The JSON report: {@code {"findings":[…],"summary":{…}}}, one object per finding with the fields
 * of the public contract (ruleId, principle, severity, item, field, old, new, message, accepted,
 * location).
 */
public final class JsonReport {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReport() {}

  /** Writes the report. */
  public static void write(List<Finding> findings, Locale locale, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeArrayFieldStart("findings");
      for (Finding finding : findings) {
        writeFinding(json, finding, locale);
      }
      json.writeEndArray();
      Summary summary = Summary.of(findings);
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
    ItemPath item = finding.item();
    if (item == null) {
      json.writeNullField("item");
    } else {
      json.writeArrayFieldStart("item");
      for (String segment : item.segments()) {
        json.writeString(segment);
      }
      json.writeEndArray();
    }
    nullable(json, "field", finding.field());
    nullable(json, "old", finding.oldValue());
    nullable(json, "new", finding.newValue());
    json.writeStringField("message", finding.message(locale));
    nullable(json, "accepted", finding.accepted());
    if (finding.fromVersion() != null || finding.toVersion() != null) {
      nullable(json, "from", finding.fromVersion());
      nullable(json, "to", finding.toVersion());
    }
    SourceLocation location = finding.location();
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
